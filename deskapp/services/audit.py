"""The access log (접속기록): written with every action, read only by administrators.

Every entry is written in the same unit of work as the action it records, so
an action is never without its line. The table is append-only: the database
refuses to update or delete its rows (see db/versions/0002).
"""

from __future__ import annotations

import csv
import io
import socket
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import OUTPUT_ACTIONS, AccessAction, subject_label, subject_text
from deskapp.domain.dates import Period
from deskapp.domain.privacy import mask
from deskapp.domain.records import RecordKind
from deskapp.domain.spreadsheet import csv_safe
from deskapp.i18n import translate
from deskapp.store.database import Database
from deskapp.store.models import AccessLog, utcnow

_HOST = socket.gethostname()[:100] or "unknown"

CSV_HEADER = ("시각", "계정", "호스트", "행위", "대상", "대상번호", "내용")  # korean-data


def write_access(
    session: Session,
    actor: Actor | None,
    action: AccessAction,
    *,
    username: str | None = None,
    subject_kind: str | None = None,
    subject_id: int | None = None,
    subject_no: str | None = None,
    detail: str | None = None,
) -> None:
    """Add one access-log line to ``session`` (committed with the action it records).

    Its text (a reason, a file name, a search) is masked for resident numbers here,
    whatever the caller passed: the log can never be corrected afterwards."""
    session.add(
        AccessLog(
            at=utcnow(),
            user_id=actor.user_id if actor else None,
            username=(actor.username if actor else username or "?")[:40],
            host=_HOST,
            action=action.value,
            subject_kind=subject_kind,
            subject_id=subject_id,
            subject_no=mask(subject_no),
            detail=mask(detail),
        )
    )


def write_record_access(
    session: Session,
    actor: Actor,
    action: AccessAction,
    kind: RecordKind,
    record_id: int,
    number: str | None,
    seeker_id: int | None,
    detail: str,
) -> None:
    """A line about one record, filed under the person it belongs to when it has one (a
    seeker's sessions, referrals and placements are the seeker's)."""
    write_access(
        session,
        actor,
        action,
        subject_kind="job_seeker" if seeker_id else kind.value,
        subject_id=seeker_id or record_id,
        subject_no=number,
        detail=detail,
    )


@dataclass(frozen=True)
class AccessEntry:
    """One line of the access log as shown to an administrator (time in local time)."""

    id: int
    at: datetime
    username: str
    host: str
    action: AccessAction
    subject_kind: str | None
    subject_id: int | None
    subject_no: str | None
    detail: str

    @property
    def subject(self) -> str:
        """What the line is about, readable (``구직자 D00000012``, ``통계``; "" for none)."""
        return subject_text(self.subject_kind, self.subject_id, self.subject_no)


def _local(at: datetime) -> datetime:
    """A stored naive-UTC time in the machine's local time (Korea for the desks)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """The local-time days of ``period`` as naive-UTC bounds [start, end)."""
    start = datetime.combine(period.start, datetime.min.time()).astimezone()
    end = datetime.combine(period.end + timedelta(days=1), datetime.min.time()).astimezone()
    return (
        start.astimezone(UTC).replace(tzinfo=None),
        end.astimezone(UTC).replace(tzinfo=None),
    )


class AuditService:
    """Reading the access log (administrators) and recording events the window owns."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record(
        self,
        actor: Actor,
        action: AccessAction,
        detail: str | None = None,
        subject_kind: str | None = None,
        subject_id: int | None = None,
    ) -> None:
        """Log an event that happens outside the services (logout, screen lock)."""
        with self.db.unit_of_work(actor=actor) as session:
            write_access(
                session,
                actor,
                action,
                detail=detail,
                subject_kind=subject_kind,
                subject_id=subject_id,
            )

    def entries(
        self,
        actor: Actor,
        period: Period,
        actions: tuple[AccessAction, ...] = (),
        username: str = "",
        limit: int | None = None,
    ) -> list[AccessEntry]:
        """The log lines of ``period`` (local days), newest first, filtered; administrators only."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        start, end = _utc_bounds(period)
        statement = select(AccessLog).where(AccessLog.at >= start, AccessLog.at < end)
        if actions:
            statement = statement.where(AccessLog.action.in_([a.value for a in actions]))
        if username.strip():
            statement = statement.where(AccessLog.username == username.strip())
        statement = statement.order_by(AccessLog.at.desc(), AccessLog.id.desc())
        if limit:
            statement = statement.limit(limit)
        with self.db.unit_of_work(actor=actor) as session:
            rows = session.scalars(statement).all()
            write_access(
                session,
                actor,
                AccessAction.AUDIT,
                detail=translate("audit", "Access log viewed {period}").format(period=period),
            )
        return [
            AccessEntry(
                r.id,
                _local(r.at),
                r.username,
                r.host,
                AccessAction(r.action),
                r.subject_kind,
                r.subject_id,
                r.subject_no,
                r.detail or "",
            )
            for r in rows
        ]

    def review(self, actor: Actor, period: Period) -> list[AccessEntry]:
        """The downloads, exports, prints and imports of a period with their reasons."""
        return self.entries(actor, period, OUTPUT_ACTIONS)

    def csv_text(
        self,
        actor: Actor,
        period: Period,
        actions: tuple[AccessAction, ...] = (),
        username: str = "",
    ) -> str:
        """The access log of ``period`` as CSV (``deskapp audit --format csv``), oldest first,
        filtered as ``entries`` is (the viewer exports the lines it shows)."""
        entries = list(reversed(self.entries(actor, period, actions, username)))
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for e in entries:
            writer.writerow(
                [
                    csv_safe(v)
                    for v in (
                        e.at.isoformat(sep=" ", timespec="seconds"),
                        e.username,
                        e.host,
                        e.action.label,
                        subject_label(e.subject_kind),
                        e.subject_no or ("" if e.subject_id is None else e.subject_id),
                        e.detail,
                    )
                ]
            )
        return buffer.getvalue()
