"""Finding and reading records for the window: lists fetched on demand, search, a seeker's record.

Lists are served in two steps so that a view never holds every record: the
ordered ids of the rows that pass a filter (a compact array), then the rows
for the ids on screen. Phone numbers and birth dates are masked in lists.
A counselor reads the full record only of their own desk's seekers; of other
desks' seekers they see the name, the masked phone, the desk and the day of
registration — enough not to register someone twice — and each such showing
is logged. Sessions, referrals and placements are listed to a counselor only at
their own desk.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from deskapp.domain import fields
from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.business import format_business_no
from deskapp.domain.commands import Career
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import NotFound, PermissionDenied
from deskapp.domain.hangul import has_choseong, initials, match_position
from deskapp.domain.phone import format_phone, mask_phone
from deskapp.domain.records import RecordKind, Role
from deskapp.i18n import translate
from deskapp.services import record_rows as rr
from deskapp.services.audit import write_access
from deskapp.services.rules import job_search, seeker_search
from deskapp.services.rules.follow_up import contact_due
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Employer,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    SeekerSearchKey,
    User,
)
from deskapp.store.models import Occupation as OccupationRow

SEARCH_LIMIT = 50


def mask_birth(day: date | None) -> str:
    """A birth date for lists: the year only (``1980-**-**``)."""
    return f"{day.year}-**-**" if day else ""


def _escape(text: str) -> str:
    return re.sub(r"([%_\\])", r"\\\1", text)


def _like(text: str) -> str:
    return "%" + _escape(text) + "%"


def _prefix(text: str) -> str:
    return _escape(text) + "%"


@dataclass(frozen=True)
class SeekerFilter:
    """What a seeker list shows: a search text, a desk, and its order."""

    text: str = ""
    desk: str | None = None
    include_void: bool = False
    sort: str = "registered_on"  # registered_on | name | seeker_no | desk
    descending: bool = True


@dataclass(frozen=True)
class SeekerItem:
    """A seeker as a list row: personal data masked."""

    id: int
    seeker_no: str
    name: str
    desk: str
    desk_name: str
    site: str | None
    registered_on: date
    phone: str  # masked
    birth: str  # masked
    desired_job: str
    counselor_name: str
    void: bool


@dataclass(frozen=True)
class SeekerDetail:
    """The whole record of a seeker the actor may read."""

    id: int
    seeker_no: str
    name: str
    desk: str
    desk_name: str
    site: str | None
    registered_on: date
    birth_date: date | None
    gender: str | None
    phone: str  # formatted, not masked
    address: str
    desired_job: str
    counselor_name: str
    void: bool
    void_reason: str | None
    desired_code: str | None = None
    desired_occupation: str = ""  # the code's name in the classification
    desired_employment: str | None = None
    resident: bool | None = None  # 금천구 구민
    groups: tuple[str, ...] = ()
    education: str | None = None
    careers: tuple[Career, ...] = ()
    certificates: tuple[str, ...] = ()
    desired_wage: str = ""
    desired_area: str = ""
    sms_consent: bool | None = None
    sms_consent_on: date | None = None
    consent_on: date | None = None


@dataclass(frozen=True)
class TimelineEntry:
    """One event in a seeker's history: a session, referral or placement."""

    kind: RecordKind
    id: int
    on: date
    desk: str
    title: str
    detail: str
    void: bool
    referral_pending: bool = False


@dataclass(frozen=True)
class OpeningItem:
    """An opening as a list row, with whether it fits what a seeker wants."""

    id: int
    opening_no: str
    employer_id: int
    employer_name: str
    occupation: str
    headcount: int
    wage: str
    desk: str
    registered_on: date
    closes_on: date | None
    fits: bool
    void: bool
    employment_type: str = ""
    closed_on: date | None = None
    close_reason: str = ""
    hires: int = 0  # 채용인원: people placed through it

    @property
    def status(self) -> str:
        """모집중, or 마감 with its reason."""
        if self.void:
            return translate("browse", "Void")
        if self.closed_on:
            return translate("browse", "Closed ({reason})").format(reason=self.close_reason)
        return translate("browse", "Open")


@dataclass(frozen=True)
class EmployerItem:
    """An employer as a list row."""

    id: int
    employer_no: str
    name: str
    business_no: str
    industry: str
    contact_name: str
    phone: str
    openings: int
    void: bool


@dataclass(frozen=True)
class SessionItem:
    """A counseling session as a list row."""

    id: int
    seeker_id: int
    seeker_name: str
    on: date
    desk: str
    channel: str
    counselor_name: str
    next_contact_on: date | None
    void: bool


@dataclass(frozen=True)
class ReferralItem:
    """A referral as a list row, with whether it still awaits its outcome."""

    id: int
    seeker_id: int
    seeker_name: str
    opening_id: int
    employer_name: str
    occupation: str
    referred_on: date
    desk: str
    outcome: str
    placed: bool
    pending: bool
    void: bool


@dataclass(frozen=True)
class PlacementItem:
    """A placement as a list row."""

    id: int
    seeker_id: int
    seeker_name: str
    placed_on: date
    desk: str
    kind: str
    employer_name: str
    employment_type: str
    verification: str
    void: bool


@dataclass(frozen=True)
class EmployerDetail:
    """An employer's file: its data, the account looking after it, and its work on one page.

    For a counselor, the referrals and placements are those of their own desk; the
    others are only counted (``other_desks``)."""

    id: int
    employer_no: str
    name: str
    business_no: str
    industry: str
    address: str
    contact_name: str
    phone: str
    desk: str | None
    manager: str  # the 담당상담사's display name (user name)
    void: bool
    openings: tuple[OpeningItem, ...]
    referrals: tuple[ReferralItem, ...]
    placements: tuple[PlacementItem, ...]
    other_desks: int = 0


@dataclass(frozen=True)
class OpeningDetail:
    """An opening with the referrals and placements made to it (a counselor: their desk's)."""

    opening: OpeningItem
    employer_no: str
    referrals: tuple[ReferralItem, ...]
    placements: tuple[PlacementItem, ...]
    other_desks: int = 0


PENDING_OUTCOMES = (None, "대기", "면접")  # korean-data: stored outcomes


#: A seeker's columns a list row shows (masked by ``BrowseService._items``).
_ROW = select(
    JobSeeker.id,
    JobSeeker.seeker_no,
    JobSeeker.name,
    JobSeeker.desk_id,
    JobSeeker.site_id,
    JobSeeker.registered_on,
    JobSeeker.phone,
    JobSeeker.birth_date,
    JobSeeker.desired_job,
    JobSeeker.counselor_name,
    JobSeeker.void,
)


class BrowseService:
    """Read-only queries for the lists, the search box and a seeker's record."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- access ------------------------------------------------------------------------

    def _may_read(self, actor: Actor, desk_id: int) -> bool:
        return actor.role is not Role.COUNSELOR or self.db.desk_codes()[desk_id] == actor.desk

    def _sites(self) -> dict[int, str]:
        return {id_: name for (_, name), id_ in self.db.site_ids().items()}

    # -- seekers -----------------------------------------------------------------------

    def _seeker_where(self, query: SeekerFilter) -> list[Any]:
        conditions: list[Any] = []
        if not query.include_void:
            conditions.append(JobSeeker.void.is_(False))
        if query.desk:
            conditions.append(
                JobSeeker.desk_id == self.db.desk_ids()[desk_by_code(query.desk).code]
            )
        text = query.text.strip()
        if text:
            conditions.append(self._text_condition(text))
        return conditions

    @staticmethod
    def _text_condition(text: str) -> Any:
        digits = re.sub(r"\D", "", text)
        if digits and len(digits) == len(re.sub(r"[\s\-]", "", text)):
            # Digits: the end of a phone number (4 digits), any part of one, or a number.
            # (A 구직자번호 of digits only is matched by ``_exact_number``.)
            if len(digits) == 4:
                return JobSeeker.phone.like(f"%{digits}")
            return JobSeeker.phone.like(_like(digits))
        if re.search(r"\d", text):
            return JobSeeker.seeker_no == text  # names have no digits: a 구직자번호
        # Name and 초성 conditions stay on the columns of ix_job_seekers_search.
        if has_choseong(text):
            return JobSeeker.name_initials.like(_like(initials(text)))
        return JobSeeker.name.like(_like(text))

    def _seeker_order(self, query: SeekerFilter) -> list[Any]:
        column = self._sort_column(query)
        if query.descending:
            return [column.desc(), JobSeeker.id.desc()]
        return [column.asc(), JobSeeker.id.asc()]

    def seeker_ids(self, actor: Actor, query: SeekerFilter) -> array[int]:
        """The ids of the seekers that pass ``query``, in its order (4-8 bytes a row)."""
        with self.db.unit_of_work(write=False, actor=actor) as session:
            text = query.text.strip()
            where, order = self._seeker_where(query), self._seeker_order(query)
            if has_choseong(text) and not all(_is_jamo(c) for c in text):
                # Mixed 홍ㄱ: the initials narrow it down, the names decide.
                pairs = session.execute(
                    select(JobSeeker.id, JobSeeker.name).where(*where).order_by(*order)
                )
                return array("q", (id_ for id_, name in pairs if match_position(name, text) >= 0))
            return _id_array(session, select(JobSeeker.id).where(*where).order_by(*order))

    def seeker_count(self, actor: Actor, query: SeekerFilter) -> int:
        """How many seekers pass ``query`` (counted by the database, no ids loaded)."""
        if self._filtered_in_python(query):
            return len(self.seeker_ids(actor, query))
        with self.db.unit_of_work(write=False, actor=actor) as session:
            counted = select(func.count()).select_from(JobSeeker).where(*self._seeker_where(query))
            return int(session.execute(counted).scalar_one())

    def seeker_page(
        self,
        actor: Actor,
        query: SeekerFilter,
        offset: int,
        limit: int,
        after: SeekerItem | None = None,
    ) -> list[SeekerItem]:
        """The list rows from position ``offset`` in ``query``'s order, ``limit`` of them.

        ``after``: the row just before ``offset`` when the caller has it: the page then
        starts right after it in the index (keyset), instead of stepping over ``offset``
        rows, so scrolling on through a long list costs the same at its end as at its top.
        """
        if self._filtered_in_python(query):
            return self.seekers(actor, self.seeker_ids(actor, query)[offset : offset + limit])
        with self.db.unit_of_work(write=False, actor=actor) as session:
            statement = _ROW.where(*self._seeker_where(query))
            statement = statement.order_by(*self._seeker_order(query)).limit(limit)
            if after is not None:
                statement = statement.where(self._after(query, self._key(query, after), after.id))
            else:
                statement = statement.offset(offset)
            rows = session.execute(statement).all()
        return self._items(actor, rows)

    def seeker_position(self, actor: Actor, query: SeekerFilter, seeker_id: int) -> int:
        """The position of a seeker in ``query``'s list; -1 when it does not pass it."""
        if self._filtered_in_python(query):
            ids = self.seeker_ids(actor, query)
            return ids.index(seeker_id) if seeker_id in ids else -1
        column = self._sort_column(query)
        where = self._seeker_where(query)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            key = session.execute(select(column).where(JobSeeker.id == seeker_id, *where)).first()
            if key is None:
                return -1
            before = self._after(query, key[0], seeker_id, before=True)
            counted = select(func.count()).select_from(JobSeeker).where(*where, before)
            return int(session.execute(counted).scalar_one())

    def _filtered_in_python(self, query: SeekerFilter) -> bool:
        """Mixed text (홍ㄱ): the initials narrow it down in SQL, the names decide here."""
        text = query.text.strip()
        return has_choseong(text) and not all(_is_jamo(c) for c in text)

    @staticmethod
    def _sort_column(query: SeekerFilter) -> Any:
        return {
            "registered_on": JobSeeker.registered_on,
            "name": JobSeeker.name,
            "seeker_no": JobSeeker.seeker_no,
            "desk": JobSeeker.desk_id,
        }.get(query.sort, JobSeeker.registered_on)

    def _after(self, query: SeekerFilter, value: Any, seeker_id: int, before: bool = False) -> Any:
        """The rows after (``before``: before) the row of ``value`` and ``seeker_id`` in
        ``query``'s order: one row-value comparison, which the list's indexes answer."""
        key = tuple_(self._sort_column(query), JobSeeker.id)
        if query.descending != before:
            return key < tuple_(value, seeker_id)
        return key > tuple_(value, seeker_id)

    def _key(self, query: SeekerFilter, item: SeekerItem) -> Any:
        """``item``'s value of the column ``query`` is ordered by."""
        return {
            "name": item.name,
            "seeker_no": item.seeker_no,
            "desk": self.db.desk_ids()[item.desk],
        }.get(query.sort, item.registered_on)

    def seekers(self, actor: Actor, ids: Sequence[int]) -> list[SeekerItem]:
        """The list rows for ``ids``, in the same order (missing ids are left out)."""
        if not ids:
            return []
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(_ROW.where(JobSeeker.id.in_(list(ids)))).all()
        by_id = {item.id: item for item in self._items(actor, rows)}
        return [by_id[i] for i in ids if i in by_id]

    def _items(self, actor: Actor, rows: Sequence[Any]) -> list[SeekerItem]:
        """List rows from ``_ROW``'s columns, masked; other desks' seekers shown logged."""
        codes, sites = self.db.desk_codes(), self._sites()
        items = []
        others: list[str] = []
        for r in rows:
            code = codes[r.desk_id]
            if self._may_read(actor, r.desk_id):
                birth, job, counselor = mask_birth(r.birth_date), r.desired_job, r.counselor_name
            else:  # another desk's seeker: enough to avoid registering them twice
                birth, job, counselor = "", "", ""
                others.append(r.seeker_no)
            items.append(
                SeekerItem(
                    r.id,
                    r.seeker_no,
                    r.name,
                    code,
                    desk_by_code(code).name,
                    sites.get(r.site_id) if r.site_id else None,
                    r.registered_on,
                    mask_phone(r.phone),
                    birth,
                    job or "",
                    counselor or "",
                    r.void,
                )
            )
        if others:
            self._log_cross_desk(actor, others)
        return items

    def _log_cross_desk(self, actor: Actor, numbers: list[str]) -> None:
        """A counselor was shown other desks' seekers (their name and part of the phone)."""
        shown = ", ".join(numbers[:20])
        if len(numbers) > 20:
            shown = translate("browse", "{numbers} and {n} more").format(
                numbers=shown, n=len(numbers) - 20
            )
        with self.db.unit_of_work(actor=actor) as session:
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="job_seeker_list",
                detail=translate(
                    "browse",
                    "Name and part of the phone shown of {n} job seekers of other desks: {shown}",
                ).format(n=len(numbers), shown=shown),
            )

    def search_seekers(
        self, actor: Actor, text: str, limit: int = SEARCH_LIMIT
    ) -> list[SeekerItem]:
        """Seekers for the search box, best first: exact name, then name start, then
        anywhere in the name (for 초성, the commonest name beginnings first); the actor's
        own desk first within each, newest first.

        Ranked and cut by the database, so each keystroke moves only ``limit`` rows.
        """
        text = text.strip()
        if not text:
            return []
        own = self.db.desk_ids().get(actor.desk or "", -1)
        mixed = has_choseong(text) and not all(_is_jamo(c) for c in text)
        # Among names starting with typed 초성, the commonest beginnings come first:
        # ㄱㅁ lists the many 김민… before 강만수 (the person sought is most likely there).
        order: list[Any] = []
        if has_choseong(text):
            rank = case((JobSeeker.name_initials.like(_prefix(initials(text))), 0), else_=1)
            order.append(rank)
            if len(text) > 1:  # one letter: too many names to weigh per keystroke
                beginning = func.substr(JobSeeker.name, 1, len(text))
                how_many = func.count().over(partition_by=(rank, beginning))
                # Only where the name begins with the initials is its beginning the typed one.
                order.append(case((rank == 0, -how_many), else_=0))
        else:
            rank = case(
                (JobSeeker.name == text, 0),
                (JobSeeker.name.like(_prefix(text)), 1),
                else_=2,
            )
            order.append(rank)
        statement = (
            select(JobSeeker.id, JobSeeker.name)
            .where(JobSeeker.void.is_(False), self._text_condition(text))
            .order_by(
                *order,
                case((JobSeeker.desk_id == own, 0), else_=1),
                JobSeeker.registered_on.desc(),
                JobSeeker.id.desc(),
            )
        )
        narrow = seeker_search.candidates(text)
        if narrow is not None:  # a longer text: only the seekers holding its first piece
            kind, key = narrow
            statement = statement.where(
                JobSeeker.id.in_(
                    select(SeekerSearchKey.seeker_id).where(
                        SeekerSearchKey.kind == kind, SeekerSearchKey.key == key
                    )
                )
            )
        found: list[int] = []
        with self.db.unit_of_work(write=False, actor=actor) as session:
            number = session.scalar(
                select(JobSeeker.id).where(JobSeeker.seeker_no == text, JobSeeker.void.is_(False))
            )
            if number is not None:
                found.append(number)  # a 구직자번호 typed whole comes first
            keyed = seeker_search.ranked_ids(session, text, own, limit)
            if keyed is not None:  # read from the search keys, already ranked
                found += [i for i in keyed if i != number]
            elif not mixed:
                found += [i for i in session.scalars(statement.limit(limit)) if i != number]
            else:
                # 홍ㄱ: the initials find candidates in order; the names decide.
                for id_, name in session.execute(statement):
                    if match_position(name, text) >= 0:
                        found.append(id_)
                        if len(found) >= limit:
                            break
        return self.seekers(actor, found[:limit])

    def possible_duplicates(
        self,
        actor: Actor,
        name: str,
        birth_date: date | None,
        phone: str | None,
        exclude_id: int | None = None,
    ) -> list[SeekerItem]:
        """Seekers with the same phone, or the same name and birth date.

        A warning for the form, never a block."""
        conditions = []
        if phone:
            conditions.append(JobSeeker.phone == phone)
        if name and birth_date:
            conditions.append(
                and_(JobSeeker.name == name.strip(), JobSeeker.birth_date == birth_date)
            )
        if not conditions:
            return []
        with self.db.unit_of_work(write=False, actor=actor) as session:
            statement = select(JobSeeker.id).where(JobSeeker.void.is_(False), or_(*conditions))
            if exclude_id is not None:
                statement = statement.where(JobSeeker.id != exclude_id)
            ids = list(session.scalars(statement.limit(20)))
        return self.seekers(actor, ids)

    def _open(
        self,
        actor: Actor,
        seeker_id: int,
        what: str,
        action: AccessAction = AccessAction.VIEW,
        *,
        logged: bool = True,
    ) -> JobSeeker:
        """Load a seeker for reading their record, with its access-log line (one per user
        action: the callers read the rest without logging again; ``logged`` False for the
        window that logged its opening reading again what its user just saved).

        A refused attempt is logged too (committed before the refusal is raised).
        """
        with self.db.unit_of_work(actor=actor) as session:
            seeker = session.get(JobSeeker, seeker_id)
            if seeker is None:
                raise NotFound(
                    translate("browse", "Job seeker {id} was not found.").format(id=seeker_id)
                )
            allowed = self._may_read(actor, seeker.desk_id)
            if logged or not allowed:
                write_access(
                    session,
                    actor,
                    action,
                    subject_kind="job_seeker",
                    subject_id=seeker.id,
                    subject_no=seeker.seeker_no,
                    detail=what
                    if allowed
                    else translate("browse", "{what} (refused: another desk)").format(what=what),
                )
        if not allowed:
            raise PermissionDenied(
                translate(
                    "browse",
                    "Job seeker records of another desk cannot be viewed "
                    "(only the name and part of the phone are shown).",
                )
            )
        return seeker

    def seeker(self, actor: Actor, seeker_id: int) -> SeekerDetail:
        """A seeker's whole record; a counselor of another desk is refused."""
        seeker = self._open(actor, seeker_id, translate("browse", "Job seeker record viewed"))
        return self._detail(actor, seeker)

    def seeker_record(
        self, actor: Actor, seeker_id: int, *, logged: bool = True
    ) -> tuple[SeekerDetail, list[TimelineEntry]]:
        """What the record window shows: the whole record and its timeline, read with one
        access-log line (a counselor of another desk is refused). ``logged`` False: the
        open window reads again after its user's own save, whose line the save wrote."""
        seeker = self._open(
            actor, seeker_id, translate("browse", "Job seeker record viewed"), logged=logged
        )
        return self._detail(actor, seeker), self._timeline(actor, seeker_id)

    def _detail(self, actor: Actor, seeker: JobSeeker) -> SeekerDetail:
        code = self.db.desk_codes()[seeker.desk_id]
        occupation = ""
        with self.db.unit_of_work(write=False, actor=actor) as session:
            if seeker.desired_code:
                row = session.get(OccupationRow, seeker.desired_code)
                occupation = (row.name or f"({row.code})") if row else ""
            groups, careers = rr.groups_of(session, seeker.id), rr.careers_of(session, seeker.id)
        return SeekerDetail(
            seeker.id,
            seeker.seeker_no,
            seeker.name,
            code,
            desk_by_code(code).name,
            self._sites().get(seeker.site_id) if seeker.site_id else None,
            seeker.registered_on,
            seeker.birth_date,
            seeker.gender,
            format_phone(seeker.phone),
            seeker.address or "",
            seeker.desired_job or "",
            seeker.counselor_name or "",
            seeker.void,
            seeker.void_reason,
            seeker.desired_code,
            occupation,
            seeker.desired_employment,
            seeker.resident,
            groups,
            seeker.education,
            careers,
            rr.certificates_of(seeker.certificates),
            seeker.desired_wage or "",
            seeker.desired_area or "",
            seeker.sms_consent,
            seeker.sms_consent_on,
            seeker.consent_on,
        )

    def seeker_card(
        self, actor: Actor, seeker_id: int, reason: str, printing: bool = True
    ) -> tuple[SeekerDetail, list[TimelineEntry]]:
        """What the 구직표 (the seeker's one-page card) shows, for printing or a PDF; the
        output is logged with its reason (the reason is required)."""
        why = fields.text(reason, "사유")  # korean-data
        what = (
            translate("browse", "Job seeker card printed (reason: {reason})")
            if printing
            else translate("browse", "Job seeker card saved as PDF (reason: {reason})")
        )
        seeker = self._open(
            actor,
            seeker_id,
            what.format(reason=why),
            AccessAction.PRINT if printing else AccessAction.EXPORT,
        )
        return self._detail(actor, seeker), self._timeline(actor, seeker_id)

    def timeline(self, actor: Actor, seeker_id: int) -> list[TimelineEntry]:
        """Sessions, referrals and placements of a seeker, newest first."""
        self._open(
            actor, seeker_id, translate("browse", "Session, referral and placement history viewed")
        )
        return self._timeline(actor, seeker_id)

    def _timeline(self, actor: Actor, seeker_id: int) -> list[TimelineEntry]:
        codes = self.db.desk_codes()
        entries: list[TimelineEntry] = []
        with self.db.unit_of_work(write=False, actor=actor) as session:
            for s in session.scalars(
                select(CounselingSession).where(CounselingSession.seeker_id == seeker_id)
            ):
                detail = s.notes or ""
                if s.next_contact_on:
                    next_contact = translate("browse", "Next contact: {date}").format(
                        date=s.next_contact_on.isoformat()
                    )
                    detail = f"{detail}\n{next_contact}".strip()
                entries.append(
                    TimelineEntry(
                        RecordKind.SESSION,
                        s.id,
                        s.session_on,
                        codes[s.desk_id],
                        translate("browse", "Session ({method}) {counselor}")
                        .format(
                            method=s.channel or translate("browse", "method not recorded"),
                            counselor=s.counselor_name or "",
                        )
                        .strip(),
                        detail,
                        s.void,
                    )
                )
            referral_rows = session.execute(
                select(Referral, JobOpening.occupation, Employer.name)
                .join(JobOpening, JobOpening.id == Referral.opening_id)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(Referral.seeker_id == seeker_id)
            ).all()
            placed_referrals = set(
                session.scalars(
                    select(Placement.referral_id).where(
                        Placement.seeker_id == seeker_id, Placement.void.is_(False)
                    )
                )
            )
            for r, occupation, employer in referral_rows:
                entries.append(
                    TimelineEntry(
                        RecordKind.REFERRAL,
                        r.id,
                        r.referred_on,
                        codes[r.desk_id],
                        translate("browse", "Referral: {employer} · {occupation}").format(
                            employer=employer, occupation=occupation
                        ),
                        translate("browse", "Result: {result}").format(
                            result=r.outcome or translate("browse", "undecided")
                        ),
                        r.void,
                        referral_pending=not r.void
                        and r.outcome in PENDING_OUTCOMES
                        and r.id not in placed_referrals,
                    )
                )
            for p in session.scalars(select(Placement).where(Placement.seeker_id == seeker_id)):
                entries.append(
                    TimelineEntry(
                        RecordKind.PLACEMENT,
                        p.id,
                        p.placed_on,
                        codes[p.desk_id],
                        translate("browse", "Placement ({kind}): {employer}")
                        .format(kind=p.kind, employer=p.employer_name or "")
                        .strip(),
                        " · ".join(x for x in (p.employment_type, p.verification) if x),
                        p.void,
                    )
                )
        order = {RecordKind.PLACEMENT: 0, RecordKind.REFERRAL: 1, RecordKind.SESSION: 2}
        entries.sort(key=lambda e: (e.on, -order.get(e.kind, 3), e.id), reverse=True)
        return entries

    # -- openings, employers, sessions -------------------------------------------------

    def open_openings(
        self,
        actor: Actor,
        wanted: str = "",
        on: date | None = None,
        limit: int = 200,
        include_closed: bool = False,
    ) -> list[OpeningItem]:
        """Openings open on ``on`` (registered, not past 마감일 or closed, not void), those fitting
        ``wanted`` (the seeker's desired occupation) first, newest first within each;
        ``include_closed``: the closed ones too, after the open ones."""
        day = on or date.today()
        statement = (
            select(JobOpening.id)
            .where(
                JobOpening.void.is_(False),
                JobOpening.registered_on <= day,
            )
            .order_by(JobOpening.registered_on.desc(), JobOpening.id.desc())
        )
        if not include_closed:  # closed: by hand, or its 마감일 passed
            statement = statement.where(
                JobOpening.closed_on.is_(None),
                or_(JobOpening.closes_on.is_(None), JobOpening.closes_on >= day),
            )
        with self.db.unit_of_work(write=False, actor=actor) as session:
            ids = list(session.scalars(statement.limit(5000)))
        items = self.openings(actor, ids, wanted)
        items.sort(
            key=lambda o: (o.closed_on is not None, not o.fits, -o.registered_on.toordinal(), -o.id)
        )
        return items[:limit]

    def opening_ids(self, actor: Actor, text: str = "", include_void: bool = False) -> array[int]:
        """Ids of openings whose occupation, number or employer contains ``text`` (or whose
        occupation code starts with it), newest first."""
        text = text.strip()
        newest = (JobOpening.registered_on.desc(), JobOpening.id.desc())
        if not include_void:  # the search keys, or the list's index: already in order
            with self.db.unit_of_work(write=False, actor=actor) as session:
                if text:
                    return _id_array(session, job_search.opening_ids(session, text))
                live = select(JobOpening.id).where(JobOpening.void.is_(False))
                return _id_array(session, live.order_by(*newest))
        statement = select(JobOpening.id).join(Employer, Employer.id == JobOpening.employer_id)
        if text:
            like = job_search.holding(text)
            conditions = [
                JobOpening.occupation.like(like, escape="\\"),
                Employer.name.like(like, escape="\\"),
                JobOpening.opening_no == text,
            ]
            if text.isdigit() and len(text) <= 6:  # an occupation code or its group
                conditions.append(JobOpening.occupation_code.like(_prefix(text)))
            statement = statement.where(or_(*conditions))
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return _id_array(session, statement.order_by(*newest))

    def openings(self, actor: Actor, ids: Sequence[int], wanted: str = "") -> list[OpeningItem]:
        if not ids:
            return []
        codes = self.db.desk_codes()
        wanted_words = [w for w in re.split(r"[\s,·/]+", wanted.strip()) if len(w) >= 2]
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(
                select(JobOpening, Employer.name)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(JobOpening.id.in_(list(ids)))
            ).all()
            hired = dict(
                session.execute(
                    select(Placement.opening_id, func.count(func.distinct(Placement.seeker_id)))
                    .where(Placement.opening_id.in_(list(ids)), Placement.void.is_(False))
                    .group_by(Placement.opening_id)
                ).all()
            )
        by_id = {}
        for o, employer in rows:
            fits = any(w in o.occupation or o.occupation in w for w in wanted_words)
            by_id[o.id] = OpeningItem(
                o.id,
                o.opening_no,
                o.employer_id,
                employer,
                o.occupation,
                o.headcount,
                o.wage or "",
                codes[o.desk_id],
                o.registered_on,
                o.closes_on,
                fits,
                o.void,
                o.employment_type or "",
                o.closed_on,
                o.close_reason or "",
                hired.get(o.id, 0),
            )
        return [by_id[i] for i in ids if i in by_id]

    def employer_ids(self, actor: Actor, text: str = "", include_void: bool = False) -> array[int]:
        """Ids of employers by name, number or business number, by name."""
        statement = select(Employer.id)
        if not include_void:
            statement = statement.where(Employer.void.is_(False))
        text = text.strip()
        if text and not include_void:  # read from the search keys, in the list's order
            with self.db.unit_of_work(write=False, actor=actor) as session:
                return _id_array(session, job_search.employer_ids(session, text))
        if text:
            digits = re.sub(r"\D", "", text)
            conditions = [
                Employer.name.like(job_search.holding(text), escape="\\"),
                Employer.employer_no == text,
            ]
            if len(digits) >= 3:
                conditions.append(Employer.business_no.like(_like(digits)))
            statement = statement.where(or_(*conditions))
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return _id_array(session, statement.order_by(Employer.name, Employer.id))

    def employers(self, actor: Actor, ids: Sequence[int]) -> list[EmployerItem]:
        if not ids:
            return []
        with self.db.unit_of_work(write=False, actor=actor) as session:
            counts = dict(
                session.execute(
                    select(JobOpening.employer_id, func.count())
                    .where(JobOpening.employer_id.in_(list(ids)), JobOpening.void.is_(False))
                    .group_by(JobOpening.employer_id)
                ).all()
            )
            rows = session.scalars(select(Employer).where(Employer.id.in_(list(ids)))).all()
        by_id = {
            e.id: EmployerItem(
                e.id,
                e.employer_no,
                e.name,
                format_business_no(e.business_no),
                e.industry or "",
                e.contact_name or "",
                format_phone(e.phone),
                counts.get(e.id, 0),
                e.void,
            )
            for e in rows
        }
        return [by_id[i] for i in ids if i in by_id]

    def employer(self, actor: Actor, employer_id: int) -> EmployerDetail:
        """An employer with its openings, and the referrals and placements made to them."""
        codes = self.db.desk_codes()
        with self.db.unit_of_work(actor=actor) as session:
            employer = session.get(Employer, employer_id)
            if employer is None:
                raise NotFound(
                    translate("browse", "Employer {id} was not found.").format(id=employer_id)
                )
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="employer",
                subject_id=employer.id,
                subject_no=employer.employer_no,
                detail=translate("browse", "Employer viewed"),
            )
            manager = ""
            if employer.manager_id is not None:
                user = session.get(User, employer.manager_id)
                manager = f"{user.display_name} ({user.username})" if user else ""
            opening_ids = list(
                session.scalars(
                    select(JobOpening.id)
                    .where(JobOpening.employer_id == employer_id)
                    .order_by(JobOpening.registered_on.desc(), JobOpening.id.desc())
                )
            )
            referral_rows = session.execute(
                select(Referral.id, Referral.desk_id)
                .where(Referral.opening_id.in_(opening_ids), Referral.void.is_(False))
                .order_by(Referral.referred_on.desc(), Referral.id.desc())
            ).all()
            placement_rows = session.execute(
                select(Placement.id, Placement.desk_id)
                .where(Placement.opening_id.in_(opening_ids), Placement.void.is_(False))
                .order_by(Placement.placed_on.desc(), Placement.id.desc())
            ).all()
        referral_ids, placement_ids, hidden = self._own_desk(actor, referral_rows, placement_rows)
        return EmployerDetail(
            employer.id,
            employer.employer_no,
            employer.name,
            format_business_no(employer.business_no),
            employer.industry or "",
            employer.address or "",
            employer.contact_name or "",
            format_phone(employer.phone),
            codes.get(employer.desk_id) if employer.desk_id else None,
            manager,
            employer.void,
            tuple(self.openings(actor, opening_ids)),
            tuple(self.referrals(actor, referral_ids)),
            tuple(self.placements(actor, placement_ids)),
            hidden,
        )

    def opening(self, actor: Actor, opening_id: int) -> OpeningDetail:
        """An opening's page: its data, its referrals and the placements through it."""
        with self.db.unit_of_work(actor=actor) as session:
            opening = session.get(JobOpening, opening_id)
            if opening is None:
                raise NotFound(
                    translate("browse", "Opening {id} was not found.").format(id=opening_id)
                )
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="job_opening",
                subject_id=opening.id,
                subject_no=opening.opening_no,
                detail=translate("browse", "Opening viewed"),
            )
            employer_no = session.scalar(
                select(Employer.employer_no).where(Employer.id == opening.employer_id)
            )
            referral_rows = session.execute(
                select(Referral.id, Referral.desk_id)
                .where(Referral.opening_id == opening_id, Referral.void.is_(False))
                .order_by(Referral.referred_on.desc(), Referral.id.desc())
            ).all()
            placement_rows = session.execute(
                select(Placement.id, Placement.desk_id)
                .where(Placement.opening_id == opening_id, Placement.void.is_(False))
                .order_by(Placement.placed_on.desc(), Placement.id.desc())
            ).all()
        referral_ids, placement_ids, hidden = self._own_desk(actor, referral_rows, placement_rows)
        return OpeningDetail(
            self.openings(actor, [opening_id])[0],
            employer_no or "",
            tuple(self.referrals(actor, referral_ids)),
            tuple(self.placements(actor, placement_ids)),
            hidden,
        )

    def _own_desk(self, actor: Actor, *lists: Sequence[Any]) -> tuple[list[int], list[int], int]:
        """The ids of (id, desk id) rows a counselor sees in full (their desk's; all for
        team leads), for referrals then placements, and how many were left out."""
        codes = self.db.desk_codes()
        own = actor.desk if actor.role is Role.COUNSELOR else None
        kept = [[i for i, desk in rows if own is None or codes[desk] == own] for rows in lists]
        hidden = sum(len(rows) for rows in lists) - sum(len(k) for k in kept)
        return kept[0], kept[1], hidden

    def session_ids(
        self,
        actor: Actor,
        start: date | None = None,
        end: date | None = None,
        desk: str | None = None,
    ) -> array[int]:
        """Ids of (not void) sessions in [start, end] at ``desk``, newest first."""
        return self._dated_ids(
            actor, CounselingSession, CounselingSession.session_on, desk, start, end
        )

    def _dated_ids(
        self,
        actor: Actor,
        model: Any,
        day: Any,
        desk: str | None,
        start: date | None,
        end: date | None,
        *conditions: Any,
    ) -> array[int]:
        """Ids of a counted record's (not void) rows in [start, end] at ``desk``, newest first;
        a counselor's only at their own desk (other desks' work is not theirs to list)."""
        if actor.role is Role.COUNSELOR and actor.desk:
            if desk and desk != actor.desk:
                return array("q")
            desk = actor.desk
        statement = select(model.id).where(model.void.is_(False), *conditions)
        if desk:
            statement = statement.where(model.desk_id == self.db.desk_ids()[desk])
        if start:
            statement = statement.where(day >= start)
        if end:
            statement = statement.where(day <= end)
        statement = statement.order_by(day.desc(), model.id.desc())
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return _id_array(session, statement)

    def sessions(self, actor: Actor, ids: Sequence[int]) -> list[SessionItem]:
        if not ids:
            return []
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(
                select(CounselingSession, JobSeeker.name)
                .join(JobSeeker, JobSeeker.id == CounselingSession.seeker_id)
                .where(CounselingSession.id.in_(list(ids)))
            ).all()
        by_id = {
            s.id: SessionItem(
                s.id,
                s.seeker_id,
                name,
                s.session_on,
                codes[s.desk_id],
                s.channel or "",
                s.counselor_name or "",
                s.next_contact_on,
                s.void,
            )
            for s, name in rows
            if self._may_read(actor, s.desk_id)
        }
        return [by_id[i] for i in ids if i in by_id]

    def due_follow_ups(self, actor: Actor, on: date) -> list[SessionItem]:
        """Sessions whose next contact date is due on or before ``on`` at the actor's desk,
        unless a later session with that seeker was logged."""
        outer = aliased(CounselingSession)
        statement = select(outer.id).where(*contact_due(outer), outer.next_contact_on <= on)
        if actor.desk:
            statement = statement.where(outer.desk_id == self.db.desk_ids()[actor.desk])
        with self.db.unit_of_work(write=False, actor=actor) as session:
            ids = list(session.scalars(statement.order_by(outer.next_contact_on).limit(500)))
        return self.sessions(actor, ids)

    def referral_ids(
        self,
        actor: Actor,
        pending_only: bool = False,
        desk: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> array[int]:
        """Ids of (not void) referrals, newest first; ``pending_only``: no outcome yet
        and no placement recorded from them."""
        conditions = []
        if pending_only:
            placed = select(Placement.referral_id).where(
                Placement.referral_id.is_not(None), Placement.void.is_(False)
            )
            conditions = [
                or_(Referral.outcome.is_(None), Referral.outcome.in_(PENDING_OUTCOMES[1:])),
                Referral.id.not_in(placed),
            ]
        return self._dated_ids(actor, Referral, Referral.referred_on, desk, start, end, *conditions)

    def referrals(self, actor: Actor, ids: Sequence[int]) -> list[ReferralItem]:
        if not ids:
            return []
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(
                select(Referral, JobSeeker.name, JobOpening.occupation, Employer.name)
                .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
                .join(JobOpening, JobOpening.id == Referral.opening_id)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(Referral.id.in_(list(ids)))
            ).all()
            placed = set(
                session.scalars(
                    select(Placement.referral_id).where(
                        Placement.referral_id.in_(list(ids)), Placement.void.is_(False)
                    )
                )
            )
        by_id = {}
        for r, seeker_name, occupation, employer in rows:
            if not self._may_read(actor, r.desk_id):
                continue  # another desk's referral is not a counselor's to see
            is_placed = r.id in placed
            by_id[r.id] = ReferralItem(
                r.id,
                r.seeker_id,
                seeker_name,
                r.opening_id,
                employer,
                occupation,
                r.referred_on,
                codes[r.desk_id],
                r.outcome or "",
                is_placed,
                not r.void and not is_placed and r.outcome in PENDING_OUTCOMES,
                r.void,
            )
        return [by_id[i] for i in ids if i in by_id]

    def placement_ids(
        self,
        actor: Actor,
        desk: str | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> array[int]:
        """Ids of (not void) placements in [start, end] at ``desk``, newest first."""
        return self._dated_ids(actor, Placement, Placement.placed_on, desk, start, end)

    def placements(self, actor: Actor, ids: Sequence[int]) -> list[PlacementItem]:
        if not ids:
            return []
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            rows = session.execute(
                select(Placement, JobSeeker.name)
                .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
                .where(Placement.id.in_(list(ids)))
            ).all()
        by_id = {
            p.id: PlacementItem(
                p.id,
                p.seeker_id,
                name,
                p.placed_on,
                codes[p.desk_id],
                p.kind,
                p.employer_name or "",
                p.employment_type or "",
                p.verification or "",
                p.void,
            )
            for p, name in rows
            if self._may_read(actor, p.desk_id)
        }
        return [by_id[i] for i in ids if i in by_id]


def _id_array(session: Session, statement: Select[Any]) -> array[int]:
    """The ids a query returns, in order, as a compact array.

    Read straight from the driver's cursor in batches: at 1.6 million seekers the
    ORM's row objects cost seconds and a few hundred megabytes; this, neither.
    """
    ids: array[int] = array("q")
    result = session.connection().execute(statement)
    cursor = result.cursor
    assert cursor is not None
    while batch := cursor.fetchmany(20_000):
        ids.extend(row[0] for row in batch)
    result.close()
    return ids


def _is_jamo(ch: str) -> bool:
    return "ㄱ" <= ch <= "ㅎ" or ch.isspace()
