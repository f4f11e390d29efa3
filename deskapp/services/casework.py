"""Helping counselors act: occupations, registration periods, matching,
the follow-up worklist and merging two records of one person.

- Occupations: KECO 2018 is built in (loaded on first use); desired jobs typed
  as free text are matched to codes where the words allow; an administrator
  can load a newer official list from a CSV file.
- Registration periods as WorkNet keeps them: a seeker's registration is
  active three months and an opening two, unless renewed.
- Matching: open openings for a seeker (and seekers for an opening) ranked by
  occupation (same detailed, minor, middle, major group), place (the seeker's
  희망근무지역, else 금천구, then its neighbours), the employment type wanted and
  wage (at least the 희망임금), each with the reasons it matched.
- Follow-up (사후관리): seekers with no contact for some days, referrals of the
  last three months awaiting an outcome, placed people due a 1-, 3- or 6-month
  retention check.
- Merge: a team lead merges a duplicate into the record that stays, moving
  every session, referral and placement; the merge can be undone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import add_months
from deskapp.domain.errors import (
    ConfirmationNeeded,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from deskapp.domain.korean import particle, with_particle
from deskapp.domain.occupations import (
    EVERYDAY_NAMES,
    HOME_DISTRICT,
    NEIGHBOURS,
    Occupation,
    level_name,
    parse_classification,
    relation,
    relation_reason,
    words,
)
from deskapp.domain.phone import format_phone
from deskapp.domain.privacy import mask
from deskapp.domain.records import ChangeAction, RecordKind, Role
from deskapp.services.audit import write_access
from deskapp.services.history import write_change
from deskapp.services.month_lock import refuse_if_closed
from deskapp.services.resources import builtin_occupations
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Employer,
    Event,
    EventParticipant,
    JobOpening,
    JobSeeker,
    Placement,
    Programme,
    ProgrammeAttendance,
    ProgrammeEnrolment,
    Referral,
    RetentionCheck,
    SeekerMerge,
    User,
    utcnow,
)
from deskapp.store.models import (
    Occupation as OccupationRow,
)

SEEKER_MONTHS, OPENING_MONTHS = 3, 2
RETENTION_MONTHS = (1, 3, 6)
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


DEFAULT_NO_CONTACT_DAYS = 30
#: An event's people not hired are followed up a week after it, for three months.
EVENT_FOLLOW_UP_AFTER, EVENT_FOLLOW_UP_DAYS = 7, 90
PENDING_REFERRAL_DAYS = 7


def retention_due(placed_on: date, months: int) -> date:
    """The day a placement's ``months``-month retention check falls due (it is done once a
    RetentionCheck for that placement and ``months`` is recorded)."""
    return add_months(placed_on, months)


def referral_pending() -> tuple[Any, ...]:
    """A referral still awaiting its outcome: live, no outcome or 대기/면접, and no live
    placement recorded from it (due PENDING_REFERRAL_DAYS after it was made)."""
    return (
        Referral.void.is_(False),
        or_(Referral.outcome.is_(None), Referral.outcome.in_(("대기", "면접"))),
        Referral.id.not_in(
            select(Placement.referral_id).where(
                Placement.referral_id.is_not(None), Placement.void.is_(False)
            )
        ),
    )


def _wage_value(text: str | None) -> int:
    """A rough monthly wage in won from text such as '월 230만원' or '시급 10,030원'."""
    if not text:
        return 0
    number = re.search(r"(\d[\d,]*)\s*(만)?", text)
    if not number:
        return 0
    value = int(number.group(1).replace(",", "")) * (10_000 if number.group(2) else 1)
    return value * 209 if "시급" in text else value


def _place_score(address: str | None) -> tuple[int, str]:
    if not address:
        return 0, ""
    if HOME_DISTRICT in address or any(d in address for d in ("가산동", "독산", "시흥")):
        return 2, HOME_DISTRICT
    for district in NEIGHBOURS:
        if district in address:
            return 1, f"이웃 {district}"
    return 0, ""


def _area_score(wanted: str | None, workplace: str | None) -> tuple[int, str] | None:
    """3 and the reason when the workplace is in an area the seeker wants to work in
    (희망근무지역); None otherwise."""
    if not wanted or not workplace:
        return None
    for word in re.split(r"[\s,·/]+", wanted):
        if len(word) >= 2 and word in workplace:
            return 3, f"희망 근무지역({word})"
    return None


def _wage_fit(wanted: str | None, offered: str | None) -> tuple[int, str]:
    """1 and the reason when the opening pays at least the 희망임금; -1 when it pays less;
    0 when either is not said."""
    want, offer = _wage_value(wanted), _wage_value(offered)
    if not want or not offer:
        return 0, ""
    if offer >= want:
        return 1, f"희망 임금 이상({offered})"
    return -1, ""


def _employment_score(wanted: str | None, offered: str | None) -> tuple[int, str]:
    """1 and the reason when the employment type is the one wanted; -1 when another
    was wanted; 0 when either is not said."""
    if not wanted or not offered:
        return 0, ""
    if wanted == offered:
        return 1, f"희망 고용형태({offered})"
    return -1, ""


def _open_openings(today: date) -> tuple[Any, ...]:
    """Openings one can refer to on ``today``: live, not closed, registered, not past
    마감일 and within their registration period."""
    return (
        JobOpening.void.is_(False),
        JobOpening.closed_on.is_(None),
        JobOpening.registered_on <= today,
        or_(JobOpening.closes_on.is_(None), JobOpening.closes_on >= today),
        func.coalesce(JobOpening.renewed_on, JobOpening.registered_on)
        >= add_months(today, -OPENING_MONTHS),
    )


def _occupation_rows(occupations: list[Occupation]) -> list[OccupationRow]:
    return [
        OccupationRow(code=o.code, name=o.name, level=o.level, parent_code=o.parent_code)
        for o in occupations
    ]


def _referred(session: Session, where: Any, other: Any) -> dict[int, date]:
    """The live referrals matching ``where``: the other side's id and the first date."""
    found: dict[int, date] = {}
    rows = session.execute(
        select(other, Referral.referred_on).where(where, Referral.void.is_(False))
    )
    for record_id, day in rows:
        found[record_id] = min(day, found.get(record_id, day))
    return found


def _already(day: date | None) -> str:
    return f"이미 알선함 ({day.isoformat()})" if day else ""


def _relation_reason(level: int, wanted: str | None, code: str | None) -> str:
    """Why the occupations agree; the same group code is said as that group."""
    if level == 4 and wanted and code and len(code) < 4:
        return f"같은 직업분류({level_name(len(code))})"
    return relation_reason(level)


@dataclass(frozen=True)
class Difference:
    """A field on which two records to merge disagree, as each shows it."""

    field: str
    kept: str
    merged: str


def _listed(differences: list[Difference]) -> str:
    """``성별, 생년월일이``: the fields two records differ in, with the subject particle."""
    names = ", ".join(d.field for d in differences)
    return f"{names}{particle(names, '이/가')}"


def _differences(keep: JobSeeker, gone: JobSeeker) -> list[Difference]:
    found = []
    for field, kept, merged in (
        (
            "생년월일",
            keep.birth_date and keep.birth_date.isoformat(),
            gone.birth_date and gone.birth_date.isoformat(),
        ),
        ("성별", keep.gender, gone.gender),
        (
            "연락처",
            keep.phone and format_phone(keep.phone),
            gone.phone and format_phone(gone.phone),
        ),
    ):
        if kept and merged and kept != merged:
            found.append(Difference(field, kept, merged))
    return found


@dataclass(frozen=True)
class Match:
    """An opening for a seeker (or a seeker for an opening) and why it matched."""

    id: int
    title: str
    subtitle: str
    score: tuple[int, ...]  # occupation, place, employment type, wage wanted, wage
    reasons: tuple[str, ...]
    number: str = ""  # the opening's 구인번호 (or the seeker's 구직자번호)


@dataclass(frozen=True)
class ClassificationLoad:
    """A newer classification loaded: its entries and the records it gave a code."""

    entries: int
    coded: int


@dataclass(frozen=True)
class Expiring:
    """A registration ending soon."""

    kind: str  # job_seeker | job_opening
    id: int
    label: str
    active_until: date
    desk: str = ""  # the record's desk code
    counselor: str = ""  # 담당상담사 (a seeker's), or who registered the opening
    employer: str = ""  # an opening's employer


@dataclass(frozen=True)
class WorkItem:
    """One line of a counselor's follow-up worklist."""

    kind: str  # no_contact | referral_pending | retention_due | event_follow_up
    seeker_id: int
    seeker_name: str
    due: date
    detail: str
    record_id: int | None = None
    months: int | None = None
    desk: str = ""  # the desk of the record to follow up (a referral's, a placement's…)
    counselor: str = ""  # the seeker's 담당상담사


class CaseworkService:
    """Occupations, registration periods, matching, follow-up and merges."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today
        self._classification: list[Occupation] | None = None
        self._matched: dict[str, str | None] = {}
        self._names: dict[str, str] | None = None

    def today(self) -> date:
        return self._today or date.today()

    # -- occupations -------------------------------------------------------------------

    def occupations(self) -> list[Occupation]:
        """The whole classification, by code (read once, then kept).

        Read without taking the write lock; a new database gets the built-in KECO 2018
        on first use (if two desks do that at once, the second reads the first's).
        """
        if self._classification is None:
            found = self._read_occupations()
            if not found:
                text = builtin_occupations().read_text(encoding="utf-8")
                try:
                    with self.db.unit_of_work() as session:
                        if not session.scalar(select(func.count()).select_from(OccupationRow)):
                            session.add_all(_occupation_rows(parse_classification(text)))
                except IntegrityError:
                    pass  # another process seeded it at the same moment
                found = self._read_occupations()
            self._classification = found
        return self._classification

    def _read_occupations(self) -> list[Occupation]:
        with self.db.unit_of_work(write=False) as session:
            rows = session.scalars(select(OccupationRow).order_by(OccupationRow.code)).all()
            return [Occupation(r.code, r.name, r.level, r.parent_code) for r in rows]

    def search_occupations(self, text: str, limit: int = 30) -> list[Occupation]:
        """Detailed occupations whose name contains ``text`` or whose code starts with it."""
        text = text.strip()
        found = [
            o
            for o in self.occupations()
            if o.level == 4 and text and (text in o.name or o.code.startswith(text))
        ]
        found.sort(key=lambda o: (not o.name.startswith(text), o.code))
        return found[:limit]

    def code_for(self, text: str | None, code: str | None, field: str) -> str | None:
        """The code to store for an occupation: the one picked (which must be in the
        classification) or else the one the free text names, if any.

        Reads the classification in its own unit: call it before opening a write unit.
        """
        if code:
            if code not in self.occupation_names():
                raise ValidationError(
                    field, f"'{code}'{particle(code, '은/는')} 직업분류에 없는 코드입니다."
                )
            return code
        return self.match_text(text)

    def occupation_names(self) -> dict[str, str]:
        """Every code of the classification with its label (the code for unnamed groups)."""
        if self._names is None:
            self._names = {o.code: o.label for o in self.occupations()}
        return self._names

    def match_text(self, text: str | None) -> str | None:
        """The detailed occupation code a free-text desired job names, when clear enough."""
        if not text:
            return None
        if text in self._matched:
            return self._matched[text]
        self._matched[text] = code = self._match(text)
        return code

    def _match(self, text: str) -> str | None:
        names = self.occupation_names()
        for part in re.split(r"[,/]", text):
            code = EVERYDAY_NAMES.get(re.sub(r"\s+", "", part))
            if code in names:
                return code
        detailed = [(o, o.name.replace(" ", "")) for o in self.occupations() if o.level == 4]
        for word in words(text):
            hits = [(o, name) for o, name in detailed if word in name]
            if hits:
                # A name that begins with the word and is no manager's post comes first.
                hits.sort(
                    key=lambda h: (
                        h[1] != word,
                        not h[1].startswith(word),
                        "관리자" in h[1],
                        len(h[1]),
                        h[0].code,
                    )
                )
                return hits[0][0].code
        return None

    def load_classification(self, actor: Actor, path: Path) -> ClassificationLoad:
        """Replace the occupation list with a newer official one (administrators), and in
        the same unit give codes to records that have none: all of it, or nothing."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(
                "직업분류 파일", "UTF-8이 아닙니다. Excel에서 'CSV UTF-8'로 저장하세요."
            ) from None
        except OSError as error:
            raise ValidationError("직업분류 파일", f"읽을 수 없습니다 ({error}).") from None
        occupations = parse_classification(text)
        try:
            with self.db.unit_of_work(actor=actor) as session:
                session.execute(delete(OccupationRow))
                session.add_all(_occupation_rows(occupations))
                # The new list codes the records below (kept only if all is committed).
                self._forget(sorted(occupations, key=lambda o: o.code))
                coded = self._code(session)
                write_access(
                    session,
                    actor,
                    AccessAction.IMPORT,
                    subject_kind="occupations",
                    detail=f"직업분류 {len(occupations)}개 항목 ({path.name}), "
                    f"코드 없던 기록 {coded}건에 코드",
                )
        except BaseException:
            self._forget(None)  # read again from the database
            raise
        return ClassificationLoad(len(occupations), coded)

    def _forget(self, classification: list[Occupation] | None) -> None:
        self._classification = classification
        self._names = None
        self._matched.clear()

    def code_occupations(self, actor: Actor) -> int:
        """Give codes to seekers and openings (of every desk) whose free text names an
        occupation and that have none (administrators; records from before codes)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        self.occupations()  # read before the write unit (no unit inside another)
        with self.db.unit_of_work(actor=actor) as session:
            coded = self._code(session)
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="occupations",
                detail=f"코드 없던 기록 {coded}건에 직업분류 코드",
            )
        return coded

    def _code(self, session: Session) -> int:
        """Code the uncoded records from their words (the classification already read)."""
        changed = 0
        for model, text_column, code_column in (
            (JobSeeker, JobSeeker.desired_job, JobSeeker.desired_code),
            (JobOpening, JobOpening.occupation, JobOpening.occupation_code),
        ):
            texts = session.scalars(
                select(text_column)
                .where(code_column.is_(None), text_column.is_not(None))
                .distinct()
            ).all()
            for text in texts:
                code = self.match_text(text)
                if code:
                    result = session.execute(
                        update(model)
                        .where(text_column == text, code_column.is_(None))
                        .values({code_column.key: code})
                    )
                    changed += result.rowcount  # type: ignore[attr-defined]
        return changed

    # -- registration periods ----------------------------------------------------------

    @staticmethod
    def seeker_active_until(registered_on: date, renewed_on: date | None) -> date:
        return add_months(renewed_on or registered_on, SEEKER_MONTHS)

    @staticmethod
    def opening_active_until(registered_on: date, renewed_on: date | None) -> date:
        return add_months(renewed_on or registered_on, OPENING_MONTHS)

    def expiring(self, actor: Actor, days: int = 7) -> list[Expiring]:
        """Registrations of the actor's desk (all desks for team leads) ending within ``days``."""
        today = self.today()
        until = today + timedelta(days=days)
        result: list[Expiring] = []
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            seekers = select(
                JobSeeker.id,
                JobSeeker.name,
                JobSeeker.registered_on,
                JobSeeker.renewed_on,
                JobSeeker.desk_id,
                JobSeeker.counselor_name,
            ).where(JobSeeker.void.is_(False))
            openings = (
                select(
                    JobOpening.id,
                    JobOpening.occupation,
                    JobOpening.registered_on,
                    JobOpening.renewed_on,
                    JobOpening.desk_id,
                    User.display_name,
                    Employer.name,
                )
                .join(Employer, Employer.id == JobOpening.employer_id)
                .outerjoin(User, User.id == JobOpening.created_by)
                .where(JobOpening.void.is_(False))
            )
            if actor.role is Role.COUNSELOR and actor.desk:
                desk_id = self.db.desk_ids()[actor.desk]
                seekers = seekers.where(JobSeeker.desk_id == desk_id)
                openings = openings.where(JobOpening.desk_id == desk_id)
            # Only those whose last (re)registration is recent enough can end soon.
            floor = add_months(today, -SEEKER_MONTHS) - timedelta(days=1)
            seekers = seekers.where(
                func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on) >= floor
            )
            for id_, name, registered, renewed, desk_id, counselor in session.execute(seekers):
                end = self.seeker_active_until(registered, renewed)
                if today <= end <= until:
                    result.append(
                        Expiring("job_seeker", id_, name, end, codes[desk_id], counselor or "")
                    )
            for id_, occupation, registered, renewed, desk_id, by, employer in session.execute(
                openings
            ):
                end = self.opening_active_until(registered, renewed)
                if today <= end <= until:
                    result.append(
                        Expiring(
                            "job_opening", id_, occupation, end, codes[desk_id], by or "", employer
                        )
                    )
        result.sort(key=lambda e: (e.active_until, e.kind, e.id))
        return result

    def renew(self, actor: Actor, kind: str, record_id: int) -> date:
        """Renew a registration from today; returns its new end."""
        actor.require(Permission.WRITE_RECORDS)
        today = self.today()
        with self.db.unit_of_work(actor=actor) as session:
            record: JobSeeker | JobOpening | None = (
                session.get(JobSeeker, record_id)
                if kind == "job_seeker"
                else session.get(JobOpening, record_id)
            )
            if record is None or record.void:
                raise NotFound(f"{record_id}번을 찾을 수 없습니다.")
            actor.require_desk(self.db.desk_codes()[record.desk_id])
            record.renewed_on = today
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind=kind,
                subject_id=record_id,
                detail="등록 기간 갱신",
            )
        months = SEEKER_MONTHS if kind == "job_seeker" else OPENING_MONTHS
        return add_months(today, months)

    # -- matching ----------------------------------------------------------------------

    def openings_for_seeker(self, actor: Actor, seeker_id: int, limit: int = 30) -> list[Match]:
        """Open openings ranked for a seeker, each saying why it matched."""
        self.occupations()  # loaded outside the unit below
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            seeker = session.get(JobSeeker, seeker_id)
            if seeker is None or seeker.void:
                raise NotFound(f"구직자 {seeker_id}번을 찾을 수 없습니다.")
            if actor.role is Role.COUNSELOR and self.db.desk_codes()[seeker.desk_id] != actor.desk:
                raise PermissionDenied("다른 창구의 구직자에게는 추천할 수 없습니다.")
            wanted = seeker.desired_code or self.match_text(seeker.desired_job)
            referred = _referred(session, Referral.seeker_id == seeker_id, Referral.opening_id)
            rows = session.execute(
                select(JobOpening, Employer.name, Employer.address)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(*_open_openings(today))
            ).all()
        matches = []
        for opening, employer, address in rows:
            code = opening.occupation_code or self.match_text(opening.occupation)
            level = relation(wanted, code)
            place, where = _area_score(seeker.desired_area, address) or _place_score(address)
            kind, kind_reason = _employment_score(
                seeker.desired_employment, opening.employment_type
            )
            fit, fit_reason = _wage_fit(seeker.desired_wage, opening.wage)
            wage = _wage_value(opening.wage)
            reasons = [
                r
                for r in (
                    _already(referred.get(opening.id)),
                    _relation_reason(level, wanted, code),
                    where,
                    kind_reason,
                    fit_reason or (opening.wage if wage else None),
                )
                if r
            ]
            conditions = [f"{opening.headcount}명", opening.wage or "임금 미기재"]
            if opening.employment_type:
                conditions.append(opening.employment_type)
            matches.append(
                Match(
                    opening.id,
                    f"{employer} · {opening.occupation}",
                    ", ".join(conditions),
                    (level, place, kind, fit, wage),
                    tuple(reasons),
                    opening.opening_no,
                )
            )
        matches.sort(key=lambda m: m.score, reverse=True)
        return matches[:limit]

    def seekers_for_opening(self, actor: Actor, opening_id: int, limit: int = 30) -> list[Match]:
        """Active seekers (of the actor's desk, for counselors) ranked for an opening."""
        self.occupations()  # loaded outside the unit below
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            opening = session.get(JobOpening, opening_id)
            if opening is None or opening.void:
                raise NotFound(f"구인 {opening_id}번을 찾을 수 없습니다.")
            still_open = select(JobOpening.id).where(
                JobOpening.id == opening_id, *_open_openings(today)
            )
            if session.scalar(still_open) is None:
                raise ValidationError(
                    "구인",
                    "마감되었거나 등록 기간이 끝난 구인입니다. 갱신하면 다시 찾을 수 있습니다.",
                )
            referred = _referred(session, Referral.opening_id == opening_id, Referral.seeker_id)
            code = opening.occupation_code or self.match_text(opening.occupation)
            since = func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on)
            placed = select(Placement.id).where(
                Placement.seeker_id == JobSeeker.id,
                Placement.void.is_(False),
                Placement.placed_on >= since,
            )
            statement = select(JobSeeker).where(
                JobSeeker.void.is_(False),
                JobSeeker.anonymized_at.is_(None),
                since >= add_months(today, -SEEKER_MONTHS),
                ~placed.exists(),  # placed since registering: no longer looking
            )
            if actor.role is Role.COUNSELOR and actor.desk:
                statement = statement.where(JobSeeker.desk_id == self.db.desk_ids()[actor.desk])
            seekers = session.scalars(statement).all()
            workplace = session.scalar(
                select(Employer.address).where(Employer.id == opening.employer_id)
            )
        matches = []
        for seeker in seekers:
            wanted = seeker.desired_code or self.match_text(seeker.desired_job)
            level = relation(wanted, code)
            if level == 0:
                continue
            place, where = _area_score(seeker.desired_area, workplace) or _place_score(
                seeker.address
            )
            kind, kind_reason = _employment_score(
                seeker.desired_employment, opening.employment_type
            )
            fit, fit_reason = _wage_fit(seeker.desired_wage, opening.wage)
            reasons = [
                r
                for r in (
                    _already(referred.get(seeker.id)),
                    _relation_reason(level, wanted, code),
                    where,
                    kind_reason,
                    fit_reason,
                )
                if r
            ]
            wish = seeker.desired_job or ""
            if seeker.desired_employment:
                wish = (
                    f"{wish} ({seeker.desired_employment})" if wish else seeker.desired_employment
                )
            matches.append(
                Match(
                    seeker.id,
                    seeker.name,
                    wish,
                    (level, place, kind, fit, 0),
                    tuple(reasons),
                    seeker.seeker_no,
                )
            )
        matches.sort(key=lambda m: (m.score, -m.id), reverse=True)
        return matches[:limit]

    # -- follow-up ---------------------------------------------------------------------

    def worklist(
        self, actor: Actor, no_contact_days: int = DEFAULT_NO_CONTACT_DAYS
    ) -> list[WorkItem]:
        """Who is waiting for a call: a counselor's own seekers (registered by them or
        with them as 담당상담사) at their desk; every desk's for team leads."""
        if no_contact_days < 1:
            raise ValidationError("연락 없음 기준", "1일 이상이어야 합니다.")
        today = self.today()
        items: list[WorkItem] = []
        desk_id = self.db.desk_ids()[actor.desk] if actor.desk else None
        # A counselor's own: those whose 담당상담사 is their account, or (with no account
        # named) those they registered or whose 담당상담사 is their name.
        mine = (
            or_(
                JobSeeker.counselor_id == actor.user_id,
                and_(
                    JobSeeker.counselor_id.is_(None),
                    or_(
                        JobSeeker.created_by == actor.user_id,
                        JobSeeker.counselor_name == actor.display_name,
                    ),
                ),
            )
            if actor.role is Role.COUNSELOR
            else None
        )
        unassigned = JobSeeker.counselor_id.is_(None)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            last_contact = (
                select(
                    CounselingSession.seeker_id,
                    func.max(CounselingSession.session_on).label("last"),
                )
                .where(CounselingSession.void.is_(False))
                .group_by(CounselingSession.seeker_id)
                .subquery()
            )
            placed = select(Placement.seeker_id).where(Placement.void.is_(False))
            active_floor = add_months(today, -SEEKER_MONTHS)
            codes = self.db.desk_codes()
            statement = (
                select(
                    JobSeeker.id,
                    JobSeeker.name,
                    last_contact.c.last,
                    JobSeeker.registered_on,
                    JobSeeker.desk_id,
                    JobSeeker.counselor_name,
                )
                .outerjoin(last_contact, last_contact.c.seeker_id == JobSeeker.id)
                .where(
                    JobSeeker.void.is_(False),
                    JobSeeker.anonymized_at.is_(None),
                    JobSeeker.id.not_in(placed),
                    func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on) >= active_floor,
                )
            )
            if desk_id is not None:
                statement = statement.where(JobSeeker.desk_id == desk_id)
            if mine is not None:
                statement = statement.where(mine)
            for seeker_id, name, last, registered, desk, counselor in session.execute(statement):
                since = last or registered
                if (today - since).days >= no_contact_days:
                    items.append(
                        WorkItem(
                            "no_contact",
                            seeker_id,
                            name,
                            since + timedelta(days=no_contact_days),
                            f"마지막 연락 {since.isoformat()}",
                            desk=codes[desk],
                            counselor=counselor or "",
                        )
                    )
            referrals = (
                select(
                    Referral.id,
                    Referral.seeker_id,
                    JobSeeker.name,
                    Referral.referred_on,
                    Referral.desk_id,
                    JobSeeker.counselor_name,
                )
                .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
                .where(
                    *referral_pending(),
                    Referral.referred_on <= today - timedelta(days=PENDING_REFERRAL_DAYS),
                    # Older ones are settled in practice (the registration has lapsed).
                    Referral.referred_on >= add_months(today, -SEEKER_MONTHS),
                )
            )
            if desk_id is not None:
                referrals = referrals.where(Referral.desk_id == desk_id)
            if mine is not None:
                referrals = referrals.where(
                    or_(mine, unassigned & (Referral.created_by == actor.user_id))
                )
            for referral_id, seeker_id, name, referred_on, desk, counselor in session.execute(
                referrals
            ):
                items.append(
                    WorkItem(
                        "referral_pending",
                        seeker_id,
                        name,
                        referred_on + timedelta(days=PENDING_REFERRAL_DAYS),
                        f"{referred_on.isoformat()} 알선 결과 대기",
                        referral_id,
                        desk=codes[desk],
                        counselor=counselor or "",
                    )
                )
            checks = {
                (p, m)
                for p, m in session.execute(
                    select(RetentionCheck.placement_id, RetentionCheck.months)
                )
            }
            placements = (
                select(
                    Placement.id,
                    Placement.seeker_id,
                    JobSeeker.name,
                    Placement.placed_on,
                    Placement.desk_id,
                    JobSeeker.counselor_name,
                )
                .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
                .where(
                    Placement.void.is_(False),
                    Placement.placed_on >= add_months(today, -max(RETENTION_MONTHS) - 1),
                )
            )
            if desk_id is not None:
                placements = placements.where(Placement.desk_id == desk_id)
            if mine is not None:
                placements = placements.where(
                    or_(mine, unassigned & (Placement.created_by == actor.user_id))
                )
            for placement_id, seeker_id, name, placed_on, desk, counselor in session.execute(
                placements
            ):
                for months in RETENTION_MONTHS:
                    due = retention_due(placed_on, months)
                    if due <= today and (placement_id, months) not in checks:
                        items.append(
                            WorkItem(
                                "retention_due",
                                seeker_id,
                                name,
                                due,
                                f"취업 {months}개월 고용유지 확인",
                                placement_id,
                                months,
                                desk=codes[desk],
                                counselor=counselor or "",
                            )
                        )
            items += self.event_follow_ups(
                session, desk_id, mine, today - timedelta(days=EVENT_FOLLOW_UP_DAYS), today, codes
            )
        items.sort(key=lambda i: (i.due, i.kind, i.seeker_id))
        return items

    @staticmethod
    def event_follow_ups(
        session: Session,
        desk_id: int | None,
        mine: Any,
        since: date,
        due_by: date,
        codes: dict[int, str] | None = None,
    ) -> list[WorkItem]:
        """미취업자 사후관리: the people of an event held from ``since`` not hired there, nor
        placed since, nor spoken to since (a session after the event ends it), due a week
        after the event, on or before ``due_by``."""
        placed_since = (
            select(Placement.id)
            .where(
                Placement.seeker_id == EventParticipant.seeker_id,
                Placement.void.is_(False),
                Placement.placed_on >= Event.held_on,
            )
            .exists()
        )
        spoken_since = (
            select(CounselingSession.id)
            .where(
                CounselingSession.seeker_id == EventParticipant.seeker_id,
                CounselingSession.void.is_(False),
                CounselingSession.session_on > Event.held_on,
            )
            .exists()
        )
        query = (
            select(
                EventParticipant.id,
                JobSeeker.id,
                JobSeeker.name,
                Event.name,
                Event.held_on,
                EventParticipant.result,
                JobSeeker.desk_id,
                JobSeeker.counselor_name,
            )
            .join(JobSeeker, JobSeeker.id == EventParticipant.seeker_id)
            .join(Event, Event.id == EventParticipant.event_id)
            .where(
                EventParticipant.void.is_(False),
                Event.void.is_(False),
                JobSeeker.void.is_(False),
                JobSeeker.anonymized_at.is_(None),
                Event.held_on >= since,
                Event.held_on <= due_by - timedelta(days=EVENT_FOLLOW_UP_AFTER),
                EventParticipant.result.is_distinct_from("채용"),
                ~placed_since,
                ~spoken_since,
            )
        )
        if desk_id is not None:
            query = query.where(JobSeeker.desk_id == desk_id)
        if mine is not None:
            query = query.where(mine)
        found = session.execute(query)
        return [
            WorkItem(
                "event_follow_up",
                seeker_id,
                name,
                held_on + timedelta(days=EVENT_FOLLOW_UP_AFTER),
                f"{event} ({held_on.isoformat()}) {result or '결과 없음'}",
                entry_id,
                desk=(codes or {}).get(desk, ""),
                counselor=counselor or "",
            )
            for entry_id, seeker_id, name, event, held_on, result, desk, counselor in found
        ]

    def record_retention(
        self, actor: Actor, placement_id: int, months: int, employed: bool, note: str = ""
    ) -> None:
        """Record a 1-, 3- or 6-month retention check on a placement."""
        actor.require(Permission.WRITE_RECORDS)
        if months not in RETENTION_MONTHS:
            raise ValidationError("확인 시점", f"{months}개월: 1, 3, 6개월 중 하나여야 합니다.")
        with self.db.unit_of_work(actor=actor) as session:
            placement = session.get(Placement, placement_id)
            if placement is None or placement.void:
                raise NotFound(f"취업 {placement_id}번을 찾을 수 없습니다.")
            actor.require_desk(self.db.desk_codes()[placement.desk_id])
            existing = session.scalar(
                select(RetentionCheck).where(
                    RetentionCheck.placement_id == placement_id, RetentionCheck.months == months
                )
            )
            if existing is not None:
                raise ValidationError("확인 시점", f"{months}개월 확인은 이미 기록되어 있습니다.")
            session.add(
                RetentionCheck(
                    placement_id=placement_id,
                    months=months,
                    checked_on=self.today(),
                    employed=employed,
                    note=mask(note.strip()) or None,
                    checked_by=actor.user_id,
                )
            )
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="job_seeker",
                subject_id=placement.seeker_id,
                detail=f"취업 {placement_id} {months}개월 고용유지 "
                f"{'확인' if employed else '이직'}",
            )

    # -- merge -------------------------------------------------------------------------

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
            raise ValidationError("병합", "같은 기록끼리는 합칠 수 없습니다.")
        keep, gone = session.get(JobSeeker, keep_id), session.get(JobSeeker, merge_id)
        if keep is None or gone is None or keep.void or gone.void:
            raise NotFound("합칠 구직자 기록을 찾을 수 없습니다.")
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
                    f"두 기록의 {_listed(differences)} 다릅니다. "
                    "같은 사람이 맞으면 사유를 적고 병합하세요.",
                    tuple(f"{d.field}: {d.kept} ↔ {d.merged}" for d in differences),
                )
            refuse_if_closed(session, gone.registered_on)
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
            gone.void_reason = f"병합: {with_particle(keep.seeker_no, '으로/로')} 합침"
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
                "병합",
                "",
                f"{gone.seeker_no} 합침 ({count}건 옮김)",
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
                "병합",
                "",
                f"{with_particle(keep.seeker_no, '으로/로')} 합쳐 무효",
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
                detail=f"병합: {gone.seeker_no} → {keep.seeker_no} ({count}건 이동)"
                + (f" 다른 점 확인: {why}" if why and differences else ""),
            )
            return record.id

    @staticmethod
    def _refuse_shared_participation(session: Session, keep_id: int, merge_id: int) -> None:
        """Two records that both took part in one event, or were both enrolled in one
        programme, would make one person two participants there: one of the two is voided
        first."""
        for parent, link, number, word in (
            (Event, EventParticipant.event_id, Event.event_no, "행사"),
            (Programme, ProgrammeEnrolment.programme_id, Programme.id, "프로그램"),
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
                shown = key if parent is Event else f"{key}번"
                raise ValidationError(
                    "병합",
                    f"두 기록이 모두 {word} '{name}'({shown})에 참여해 병합하면 한 사람이 두 번 "
                    f"참여한 것이 됩니다. {word}에서 한쪽 참여를 먼저 무효로 하세요.",
                )

    def undo_merge(self, actor: Actor, merge_id: int) -> None:
        """Put a merged record back as it was, with the records that moved."""
        actor.require(Permission.REVIEW)
        with self.db.unit_of_work(actor=actor) as session:
            record = session.get(SeekerMerge, merge_id)
            if record is None or record.undone_at is not None:
                raise NotFound(f"되돌릴 병합 {merge_id}번이 없습니다.")
            gone = session.get(JobSeeker, record.merged_id)
            assert gone is not None
            refuse_if_closed(session, gone.registered_on)
            tables = {m.__tablename__: m for m in _MOVED}
            for table, ids in json.loads(record.moved).items():
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
                (kept, f"{gone.seeker_no} 다시 나눔"),
                (gone, f"{kept.seeker_no}에서 다시 나눔"),
            ):
                write_change(
                    session,
                    actor,
                    RecordKind.SEEKER,
                    seeker.id,
                    seeker.seeker_no,
                    "병합",
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
                detail=f"병합 {merge_id} 되돌림",
            )
