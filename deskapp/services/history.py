"""A record's story (변경 이력): every change kept with who, when and why, and read back.

Each correction writes one ``record_changes`` row per field (old and new value,
the account, the time, the reason) in the same unit of work as the change
itself, together with one access-log line. Voids, merges and their undoing are
written the same way; a record's registration is read from the record itself
(when and by whom it was made, or which workbook brought it). The table is
append-only (revision 0009); the retention purge may only empty the values of
an anonymized person's rows.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.commands import Career
from deskapp.domain.desks import DeskRef
from deskapp.domain.privacy import mask
from deskapp.domain.records import ChangeAction, RecordKind
from deskapp.domain.spreadsheet import csv_safe
from deskapp.i18n import translate
from deskapp.store.models import AccessLog, ImportBatch, RecordChange, User, utcnow

#: csv header of ``deskapp history`` (ARCHITECTURE.md: Correcting records).
CSV_HEADER = ("when", "user", "field", "old", "new", "reason")


def shown(value: Any) -> str:
    """How a field's value is written in the history (and compared): dates ISO, yes/no
    in Korean, lists one item after another."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "예" if value else "아니오"  # korean-data: stored in the history, compared
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Career):
        return str(value)
    if isinstance(value, DeskRef):
        return f"{value.desk.short_name} ({value.site})" if value.site else value.desk.short_name
    if isinstance(value, tuple | list):
        separator = "; " if value and isinstance(value[0], Career) else ", "
        return separator.join(shown(v) for v in value)
    return str(value)


def write_change(
    session: Session,
    actor: Actor,
    kind: RecordKind,
    record_id: int,
    record_no: str | None,
    field: str,
    old: str,
    new: str,
    reason: str | None,
    *,
    seeker_id: int | None = None,
    action: ChangeAction = ChangeAction.UPDATE,
) -> None:
    """Add one line of a record's history to ``session`` (committed with the change); its
    values and reason are masked for resident numbers (the history cannot be edited)."""
    session.add(
        RecordChange(
            at=utcnow(),
            user_id=actor.user_id,
            username=actor.username[:40],
            record_kind=kind.value,
            record_id=record_id,
            record_no=record_no,
            seeker_id=seeker_id,
            action=action.value,
            field=field,
            old_value=mask(old) or None,
            new_value=mask(new) or None,
            reason=mask(reason),
        )
    )


def redact_seekers(session: Session, seeker_ids: Sequence[int]) -> None:
    """Empty the values in the history of anonymized seekers (their own record and
    their sessions, referrals and placements); who changed what, and when, stays."""
    for start in range(0, len(seeker_ids), 500):
        chunk = list(seeker_ids[start : start + 500])
        session.execute(
            update(RecordChange)
            .where(
                or_(
                    RecordChange.seeker_id.in_(chunk),
                    (RecordChange.record_kind == RecordKind.SEEKER.value)
                    & RecordChange.record_id.in_(chunk),
                ),
                RecordChange.redacted.is_(False),
            )
            .values(old_value=None, new_value=None, values_salt=None, redacted=True)
        )


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a record's history, the time in local time."""

    at: datetime
    username: str
    action: ChangeAction
    subject: str  # the record it is about, when not the record itself (상담 12)
    field: str
    old: str
    new: str
    reason: str
    redacted: bool = False

    @property
    def field_label(self) -> str:
        """The field, with the record it belongs to when that is another one."""
        return f"{self.subject} · {self.field}" if self.subject else self.field


@dataclass(frozen=True)
class RecordHistory:
    """A record's whole story, oldest first."""

    kind: RecordKind
    id: int
    number: str
    title: str
    entries: tuple[HistoryEntry, ...]

    def csv_text(self) -> str:
        """The history as csv with the header of ARCHITECTURE.md (Correcting records)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for e in self.entries:
            when = e.at.isoformat(sep=" ", timespec="seconds")
            writer.writerow(
                [csv_safe(v) for v in (when, e.username, e.field_label, e.old, e.new, e.reason)]
            )
        return out.getvalue()


def local_time(at: datetime) -> datetime:
    """A stored naive-UTC time in the machine's local time."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _subject(row: RecordChange, kind: RecordKind, record_id: int) -> str:
    if row.record_kind == kind.value and row.record_id == record_id:
        return ""
    return f"{RecordKind(row.record_kind).label} {row.record_no or row.record_id}"


def read_history(
    session: Session,
    kind: RecordKind,
    record: Any,
    number: str,
    title: str,
    also: Any = None,
) -> RecordHistory:
    """The history of ``record`` (a seeker's includes their sessions, referrals and
    placements; ``also``: a condition on the lines of other records that belong to it),
    its registration first."""
    condition = (RecordChange.record_kind == kind.value) & (RecordChange.record_id == record.id)
    if kind is RecordKind.SEEKER:
        condition = condition | (RecordChange.seeker_id == record.id)
    if also is not None:
        condition = condition | also
    # A restore keeps the history written after its copy, records included that it took
    # back; a record made after the restore may get the id of one of those: their lines,
    # older than the restore, are not its own.
    restored = session.scalar(
        select(func.max(AccessLog.at)).where(
            AccessLog.action == AccessAction.IMPORT.value,
            AccessLog.subject_kind == "backup",
            AccessLog.at <= record.created_at,
        )
    )
    if restored is not None:
        condition = condition & (RecordChange.at >= restored)
    rows = session.scalars(
        select(RecordChange).where(condition).order_by(RecordChange.at, RecordChange.id)
    ).all()
    entries = [_registration(session, record)]
    for row in rows:
        entries.append(
            HistoryEntry(
                local_time(row.at),
                row.username,
                ChangeAction(row.action),
                _subject(row, kind, record.id),
                row.field,
                row.old_value or "",
                row.new_value or "",
                row.reason or "",
                row.redacted,
            )
        )
    return RecordHistory(kind, record.id, number, title, tuple(entries))


def _registration(session: Session, record: Any) -> HistoryEntry:
    """The line that says how the record came to be (made in deskapp, or imported)."""
    who = session.scalar(select(User.username).where(User.id == record.created_by)) or ""
    how = ""
    if record.import_id is not None:
        name = session.scalar(
            select(ImportBatch.file_name).where(ImportBatch.id == record.import_id)
        )
        how = (
            translate("history", "Import: {file}").format(file=name)
            if name
            else translate("history", "Import")
        )
    return HistoryEntry(
        local_time(record.created_at),
        who,
        ChangeAction.CREATE,
        "",
        ChangeAction.CREATE.label,
        "",
        how,
        "",
    )
