"""Typed SQLAlchemy 2.0 models of the records (ARCHITECTURE.md).

Nothing is hard-deleted: every counted record has a ``void`` flag with the
reason, time and account. Times are stored as naive UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, as naive UTC (the form every timestamp is stored in)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with constraint names Alembic can rely on."""

    metadata = MetaData(naming_convention=NAMING)


class Desk(Base):
    """One of the four desks; rows are created by the first migration."""

    __tablename__ = "desks"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    short_name: Mapped[str] = mapped_column(String(30))
    sort_order: Mapped[int] = mapped_column(Integer)


class DeskSite(Base):
    """A site of a desk that works in more than one place (the dong desk)."""

    __tablename__ = "desk_sites"
    __table_args__ = (UniqueConstraint("desk_id", "name", name="desk_site"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    name: Mapped[str] = mapped_column(String(30))


class User(Base):
    """An account: argon2id password hash, role, home desk."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class LoginSession(Base):
    """A log-in: the services refuse its account once it ended or lay idle too long."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the token
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    idle_minutes: Mapped[int] = mapped_column(Integer)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportBatch(Base):
    """One imported workbook, identified by the SHA-256 of its bytes."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    row_count: Mapped[int] = mapped_column(Integer)


class _Voidable:
    """Columns every record has: by whom and how it was made, and voiding."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("imports.id"))
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class _Record(_Voidable):
    """A counted record: made at a desk (and, for the dong desk, one of its sites)."""

    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("desk_sites.id"))


class JobSeeker(_Record, Base):
    """구직자: a person registered at a desk."""

    __tablename__ = "job_seekers"
    __table_args__ = (
        Index("ix_job_seekers_stats", "registered_on", "desk_id", "void"),
        Index("ix_job_seekers_name", "name"),
        Index("ix_job_seekers_initials", "name_initials"),
        Index("ix_job_seekers_phone", "phone"),
        # The seeker list in its default order (newest first) without a sort.
        Index("ix_job_seekers_list", "void", "registered_on", "id"),
        # Search as you type scans this narrow index instead of the wide rows.
        Index(
            "ix_job_seekers_search",
            "void",
            "name",
            "name_initials",
            "phone",
            "desk_id",
            "registered_on",
        ),
        Index("ix_job_seekers_counselor", "counselor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    name_initials: Mapped[str] = mapped_column(String(50))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(2))
    phone: Mapped[str | None] = mapped_column(String(15))
    address: Mapped[str | None] = mapped_column(Text)
    desired_job: Mapped[str | None] = mapped_column(String(200))
    counselor_name: Mapped[str | None] = mapped_column(String(50))
    registered_on: Mapped[date] = mapped_column(Date)
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_version: Mapped[str | None] = mapped_column(String(20))
    anonymized_at: Mapped[datetime | None] = mapped_column(DateTime)
    desired_code: Mapped[str | None] = mapped_column(String(6))  # KECO occupation code
    renewed_on: Mapped[date | None] = mapped_column(Date)
    desired_employment: Mapped[str | None] = mapped_column(String(10))  # EmploymentType
    # The whole file (revision 0009); every one optional.
    resident: Mapped[bool | None] = mapped_column(Boolean)  # 금천구 구민
    education: Mapped[str | None] = mapped_column(String(20))  # Education
    certificates: Mapped[str | None] = mapped_column(Text)  # names, one per line
    desired_wage: Mapped[str | None] = mapped_column(String(200))
    desired_area: Mapped[str | None] = mapped_column(String(200))
    sms_consent: Mapped[bool | None] = mapped_column(Boolean)
    sms_consent_on: Mapped[date | None] = mapped_column(Date)
    # The 담당상담사's account (users.id; no foreign key, see revision 0009).
    counselor_id: Mapped[int | None] = mapped_column(Integer)


class Employer(_Voidable, Base):
    """구인업체: a company that registers openings (not counted in the table)."""

    __tablename__ = "employers"
    __table_args__ = (
        Index("ix_employers_business_no", "business_no"),
        Index("ix_employers_list", "void", "name", "id"),  # the list, by name (0017)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    business_no: Mapped[str | None] = mapped_column(String(10))
    industry: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    contact_name: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(15))
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desks.id"))
    # The desk's account that looks after the employer (users.id, no foreign key).
    manager_id: Mapped[int | None] = mapped_column(Integer)


class JobOpening(_Record, Base):
    """구인: an employer's opening registered at a desk."""

    __tablename__ = "job_openings"
    __table_args__ = (
        CheckConstraint("headcount >= 1", name="headcount_positive"),
        Index("ix_job_openings_stats", "registered_on", "desk_id", "void"),
        Index("ix_job_openings_employer", "employer_id"),
        Index("ix_job_openings_list", "void", "registered_on", "id"),  # newest first (0017)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    opening_no: Mapped[str] = mapped_column(String(40), unique=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    occupation: Mapped[str] = mapped_column(String(200))
    headcount: Mapped[int] = mapped_column(Integer)
    wage: Mapped[str | None] = mapped_column(String(200))
    closes_on: Mapped[date | None] = mapped_column(Date)
    registered_on: Mapped[date] = mapped_column(Date)
    occupation_code: Mapped[str | None] = mapped_column(String(6))  # KECO occupation code
    renewed_on: Mapped[date | None] = mapped_column(Date)
    employment_type: Mapped[str | None] = mapped_column(String(10))  # EmploymentType
    closed_on: Mapped[date | None] = mapped_column(Date)  # closed (마감) on this day
    close_reason: Mapped[str | None] = mapped_column(String(20))  # CloseReason


class CounselingSession(_Record, Base):
    """상담: one counseling session with a seeker."""

    __tablename__ = "counseling_sessions"
    __table_args__ = (
        Index("ix_counseling_sessions_stats", "session_on", "desk_id", "void"),
        Index("ix_counseling_sessions_seeker", "seeker_id", "session_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    session_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(10))
    counselor_name: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    next_contact_on: Mapped[date | None] = mapped_column(Date)


class Referral(_Record, Base):
    """알선: a seeker sent to an opening."""

    __tablename__ = "referrals"
    __table_args__ = (
        Index("ix_referrals_stats", "referred_on", "desk_id", "void"),
        Index("ix_referrals_seeker", "seeker_id", "referred_on"),
        Index("ix_referrals_opening", "opening_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    opening_id: Mapped[int] = mapped_column(ForeignKey("job_openings.id"))
    referred_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(200))


class Placement(_Record, Base):
    """취업: a seeker placed in a job, after a referral (알선취업) or on their own (본인취업)."""

    __tablename__ = "placements"
    __table_args__ = (
        Index("ix_placements_stats", "placed_on", "desk_id", "void", "seeker_id"),
        Index("ix_placements_seeker", "seeker_id", "placed_on"),
        Index("ix_placements_opening", "opening_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    placed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(8))
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"))
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("job_openings.id"))
    employer_name: Mapped[str | None] = mapped_column(String(200))
    employment_type: Mapped[str | None] = mapped_column(String(200))
    verification: Mapped[str | None] = mapped_column(String(30))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The reviewer's users.id; no foreign key, so that revision 0005 could add the
    # column without rebuilding the placements table on SQLite.
    reviewed_by: Mapped[int | None] = mapped_column(Integer)


class AccessLog(Base):
    """접속기록: who did what to whose data, when and from which host. Append-only."""

    __tablename__ = "access_log"
    __table_args__ = (
        Index("ix_access_log_at", "at"),
        Index("ix_access_log_subject", "subject_kind", "subject_id"),
        Index("ix_access_log_chain_seq", "chain_seq", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40))
    host: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    subject_kind: Mapped[str | None] = mapped_column(String(20))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    subject_no: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[str | None] = mapped_column(Text)
    # The line's place in the hash chain and its hash (deskapp/domain/chain.py).
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class AccountEvent(Base):
    """A grant or change of an account's rights (kept at least three years). Append-only."""

    __tablename__ = "account_events"
    __table_args__ = (
        Index("ix_account_events_at", "at"),
        Index("ix_account_events_chain_seq", "chain_seq", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str | None] = mapped_column(Text)
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class LogChain(Base):
    """The newest link of each hash chain (access_log, account_events, record_changes):
    the anchor ``deskapp check`` compares the newest line with, also kept in every backup."""

    __tablename__ = "log_chain"

    chain: Mapped[str] = mapped_column(String(20), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class DatabaseInfo(Base):
    """The database's identity (one row): backups are named and listed by it."""

    __tablename__ = "database_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class DatabaseRole(Base):
    """Shared mode: the PostgreSQL role of the desks (``app``) or of the administrator's PC
    (``admin``), recorded by ``deskapp grant`` and given its grants again after every
    upgrade (deskapp/store/grants.py). Unused on SQLite."""

    __tablename__ = "database_roles"

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(63))


class DailyCount(Base):
    """How many records of an additive measure a desk made on a day (not void).

    Kept by database triggers on the counted tables (db/versions/0003), so the
    statistics of ten years sum a few thousand rows instead of counting
    hundreds of thousands; 취업자수 (distinct people) is counted from the
    placements themselves. ``deskapp check`` recounts from the records.
    """

    __tablename__ = "daily_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class MonthlyCount(Base):
    """The daily counts summed by calendar month (``month``: its first day), kept by
    triggers on ``daily_counts`` (deskapp/store/rollups.py): ten years read 120 rows a
    desk and measure."""

    __tablename__ = "monthly_counts"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class MonthlyPlacement(Base):
    """How many of a desk's people have a placement day in ``month`` whose previous one
    at that desk is in the month ``since`` (0001-01-01: none before), kept by triggers on
    ``placements`` (deskapp/store/rollups.py). The people placed in whole months
    [m1, m2] are the rows of those months whose ``since`` is before m1."""

    __tablename__ = "monthly_placements"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    since: Mapped[date] = mapped_column(Date, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class DailySplit(Base):
    """A day's additive seeker-side figure of a desk for one value of a breakdown.

    ``dimension`` is a breakdown (sex, age, resident, group, site, counselor), ``value``
    its value ('' for a record made at no site); measures 구직등록, 상담 and 알선 (취업자수
    counts distinct people from the placements). Recounted from the records for the
    days marked in ``split_days_dirty`` (deskapp/store/splits.py) before it is read.
    """

    __tablename__ = "daily_splits"
    __table_args__ = (Index("ix_daily_splits_day", "day"),)  # a month's rows, to sum them

    dimension: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class MonthlySplit(Base):
    """``daily_splits`` summed by calendar month (``month``: its first day), recounted with
    the days: a long period reads its whole months here and only its edge days there."""

    __tablename__ = "monthly_splits"

    dimension: Mapped[str] = mapped_column(String(10), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class PlacementSplit(Base):
    """A day's placed people of a desk for one value of a breakdown, by the day of each
    one's previous placement there (``since``; 0001-01-01 for a first placement).

    The people placed in [from, to] are the rows of those days whose ``since`` is before
    ``from``: each person once, through their first placement in the period.
    """

    __tablename__ = "placement_splits"

    dimension: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(String(60), primary_key=True)
    since: Mapped[date] = mapped_column(Date, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SplitDayDirty(Base):
    """A day whose ``daily_splits`` are to be recounted (marked by triggers)."""

    __tablename__ = "split_days_dirty"

    day: Mapped[date] = mapped_column(Date, primary_key=True)


class SeekerSearchKey(Base):
    """A piece of a live seeker's name or 초성, or the end of their phone, for search as
    you type (deskapp/store/search_keys.py keeps them by triggers).

    ``kind`` is ``n`` (1-3 letters of the name), ``i`` (1-3 letters of its 초성) or
    ``p`` (the phone's last four characters); ``place`` says where the piece is: 0 the
    whole name, 1 only at its beginning, 2 only after it, 3 both. Ordered as the search
    box ranks, so that a keystroke reads the first rows of a range.
    """

    __tablename__ = "seeker_search_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    place: Mapped[int] = mapped_column(Integer, primary_key=True)
    registered_on: Mapped[date] = mapped_column(Date, primary_key=True)
    seeker_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    desk_id: Mapped[int] = mapped_column(Integer)


class SeekerNameBeginning(Base):
    """How many live seekers' names begin with ``beginning`` (1-3 letters) whose 초성 is
    ``initials``: a 초성 search lists the commonest beginnings first."""

    __tablename__ = "seeker_name_beginnings"
    __table_args__ = (Index("ix_seeker_name_beginnings_initials", "initials", "n"),)

    beginning: Mapped[str] = mapped_column(String(3), primary_key=True)
    initials: Mapped[str] = mapped_column(String(3), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class EmployerSearchKey(Base):
    """A piece of a live employer's name (``n``, one to three letters) or business number
    (``b``, three digits), with the name the employer list is ordered by
    (deskapp/store/job_search_keys.py keeps them by triggers)."""

    __tablename__ = "employer_search_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(String(3), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    employer_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class OpeningSearchKey(Base):
    """A piece (one to three letters) of a live job opening's occupation or of its
    employer's name, or a beginning of its occupation code, with the day the opening list
    is ordered by (deskapp/store/job_search_keys.py keeps them by triggers)."""

    __tablename__ = "opening_search_keys"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(String(6), primary_key=True)
    registered_on: Mapped[date] = mapped_column(Date, primary_key=True)
    opening_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SearchKeySpan(Base):
    """Where a piece of a name may start (1-based) and how long it is: the triggers cut
    names into pieces by joining these rows."""

    __tablename__ = "search_key_spans"

    start: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    length: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class MonthClose(Base):
    """A month closed by a team lead: its figures frozen, its records locked.

    A reopening is recorded on the same row (with its reason); closing again
    adds a new row, so the history of a month stays readable.
    """

    __tablename__ = "month_closes"
    __table_args__ = (Index("ix_month_closes_month", "year", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    closed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    frozen: Mapped[str] = mapped_column(Text)  # JSON: {desk code: {measure: count}}
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime)
    reopened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reopen_reason: Mapped[str | None] = mapped_column(Text)


class YearlyTarget(Base):
    """A desk's yearly target for one measure (the district's job target: 8,800 in 2018)."""

    __tablename__ = "yearly_targets"
    __table_args__ = (UniqueConstraint("year", "desk_id", "measure", name="year_desk_measure"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    measure: Mapped[str] = mapped_column(String(16))
    target: Mapped[int] = mapped_column(Integer)
    set_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    set_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Occupation(Base):
    """The occupation classification (KECO 2018 built in; a newer list can be loaded)."""

    __tablename__ = "occupations"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # empty for minor groups: shown by code
    level: Mapped[int] = mapped_column(Integer)  # 1 major, 2 middle, 3 minor, 4 detailed
    parent_code: Mapped[str | None] = mapped_column(String(6))


class RetentionCheck(Base):
    """사후관리: whether a placed person is still employed 1, 3 or 6 months on."""

    __tablename__ = "retention_checks"
    __table_args__ = (UniqueConstraint("placement_id", "months", name="placement_months"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placements.id"))
    months: Mapped[int] = mapped_column(Integer)
    checked_on: Mapped[date] = mapped_column(Date)
    employed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class SeekerMerge(Base):
    """Two records of one person merged by a team lead; kept so it can be undone."""

    __tablename__ = "seeker_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    moved: Mapped[str] = mapped_column(Text)  # JSON: {table: [record ids moved]}
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RecordChange(Base):
    """변경 이력: one field of one record changed (or the record voided, merged…), by whom,
    when and why. Append-only; the retention purge may only empty its two values."""

    __tablename__ = "record_changes"
    __table_args__ = (
        Index("ix_record_changes_record", "record_kind", "record_id"),
        Index("ix_record_changes_seeker", "seeker_id"),
        Index("ix_record_changes_chain_seq", "chain_seq", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(40))
    record_kind: Mapped[str] = mapped_column(String(20))  # RecordKind value
    record_id: Mapped[int] = mapped_column(Integer)
    record_no: Mapped[str | None] = mapped_column(String(40))
    # The person the record belongs to (a seeker's sessions, referrals, placements).
    seeker_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # ChangeAction value
    field: Mapped[str] = mapped_column(String(40))  # the workbook heading
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    redacted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The hash of a random salt and the two values; the purge empties salt and values.
    values_salt: Mapped[str | None] = mapped_column(String(32))
    values_digest: Mapped[str | None] = mapped_column(String(64))
    chain_seq: Mapped[int | None] = mapped_column(Integer)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class TargetGroup(Base):
    """A target group (대상 그룹) of the managed list; retired ones stay for old records."""

    __tablename__ = "target_groups"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SeekerGroup(Base):
    """A seeker in a target group (a person may be in several)."""

    __tablename__ = "seeker_groups"
    __table_args__ = (Index("ix_seeker_groups_group", "group_name", "seeker_id"),)

    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"), primary_key=True)
    group_name: Mapped[str] = mapped_column(ForeignKey("target_groups.name"), primary_key=True)


class SeekerCareer(Base):
    """One entry of a seeker's 경력: where, what, from and to."""

    __tablename__ = "seeker_careers"
    __table_args__ = (Index("ix_seeker_careers_seeker", "seeker_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    position: Mapped[int] = mapped_column(Integer)
    employer: Mapped[str] = mapped_column(String(200))
    job: Mapped[str | None] = mapped_column(String(200))
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


class Event(_Voidable, Base):
    """행사: a job fair, 일구데이, joint 일구데이 or on-site interview.

    An outside organizer's totals (집계…) are added to the people recorded one by one.
    """

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_held", "held_on", "void"),
        CheckConstraint(
            "reported_participants >= 0 AND reported_interviewed >= 0 AND reported_hired >= 0",
            name="reported_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))  # EventKind
    organizer: Mapped[str | None] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(200))
    venue_type: Mapped[str | None] = mapped_column(String(50))
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("desk_sites.id"))
    reported_participants: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reported_interviewed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    reported_hired: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class EventEmployer(_Voidable, Base):
    """An employer taking part in an event with the people it recruits (모집인원)."""

    __tablename__ = "event_employers"
    __table_args__ = (
        Index("ix_event_employers_event", "event_id"),
        CheckConstraint("recruits >= 0", name="recruits_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    recruits: Mapped[int] = mapped_column(Integer, default=0)
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("job_openings.id"))


class EventParticipant(_Voidable, Base):
    """A registered seeker at an event: interviewed or not, the stage reached (결과) and the
    placement a hire (채용) made."""

    __tablename__ = "event_participants"
    __table_args__ = (
        Index("ix_event_participants_event", "event_id"),
        Index("ix_event_participants_seeker", "seeker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"))
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("job_openings.id"))
    interviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[str | None] = mapped_column(String(20))  # EventResult
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placements.id"))


class EmployerContact(_Voidable, Base):
    """구인기업체 발굴 및 관리: a visit, call, agreement or opening found at an employer, with
    the next action and its day (shown in the worklist until done)."""

    __tablename__ = "employer_contacts"
    __table_args__ = (
        Index("ix_employer_contacts_employer", "employer_id", "contacted_on"),
        Index("ix_employer_contacts_day", "contacted_on", "desk_id", "void"),
        Index("ix_employer_contacts_next", "next_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    contacted_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # 방문, 전화, 협약, 구인발굴
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    counselor_id: Mapped[int | None] = mapped_column(Integer)  # users.id
    first_contact: Mapped[bool] = mapped_column(Boolean, default=False)  # 신규 발굴
    note: Mapped[str | None] = mapped_column(Text)
    next_action: Mapped[str | None] = mapped_column(Text)
    next_on: Mapped[date | None] = mapped_column(Date)
    next_done_on: Mapped[date | None] = mapped_column(Date)


class HiringAgreement(_Voidable, Base):
    """구민 우선 채용 협약: an employer pledges to hire the district's residents first."""

    __tablename__ = "hiring_agreements"
    __table_args__ = (
        Index("ix_hiring_agreements_employer", "employer_id"),
        CheckConstraint("pledged >= 0", name="pledged_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    signed_on: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    pledged: Mapped[int] = mapped_column(Integer, default=0)  # pledged headcount
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    note: Mapped[str | None] = mapped_column(Text)


class Programme(_Voidable, Base):
    """취업지원 프로그램 (금천희망취업캠프, 일자리카페 멘토링, 이력서·자소서 클리닉 …)."""

    __tablename__ = "programmes"
    __table_args__ = (Index("ix_programmes_starts", "starts_on", "void"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(30))  # 취업캠프, 일자리카페, 클리닉, 교실 …
    desk_id: Mapped[int] = mapped_column(ForeignKey("desks.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    target: Mapped[str | None] = mapped_column(String(200))  # 교육대상, e.g. 고3
    provider: Mapped[str | None] = mapped_column(String(200))  # 위탁기관
    note: Mapped[str | None] = mapped_column(Text)


class ProgrammeSession(_Voidable, Base):
    """One session (회차) of a programme, with an optional group note."""

    __tablename__ = "programme_sessions"
    __table_args__ = (Index("ix_programme_sessions_programme", "programme_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    held_on: Mapped[date] = mapped_column(Date)
    topic: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # The counselor said the group note counts as 상담 for each participant present.
    counts_as_session: Mapped[bool] = mapped_column(Boolean, default=False)


class ProgrammeEnrolment(_Voidable, Base):
    """A seeker enrolled in a programme: completion and certificate obtained."""

    __tablename__ = "programme_enrolments"
    __table_args__ = (
        Index("ix_programme_enrolments_programme", "programme_id"),
        Index("ix_programme_enrolments_seeker", "seeker_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"))
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"))
    enrolled_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    certificate: Mapped[str | None] = mapped_column(String(200))
    certified_on: Mapped[date | None] = mapped_column(Date)


class ProgrammeAttendance(Base):
    """A participant present at a programme session; the 상담 its group note made, if any."""

    __tablename__ = "programme_attendance"

    programme_session_id: Mapped[int] = mapped_column(
        ForeignKey("programme_sessions.id"), primary_key=True
    )
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seekers.id"), primary_key=True)
    counseling_session_id: Mapped[int | None] = mapped_column(ForeignKey("counseling_sessions.id"))


#: The counted (voidable) record models by their RecordKind value.
RECORD_MODELS: dict[str, type[_Voidable]] = {
    "job_seeker": JobSeeker,
    "employer": Employer,
    "job_opening": JobOpening,
    "session": CounselingSession,
    "referral": Referral,
    "placement": Placement,
}
