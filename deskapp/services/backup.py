"""Backups of the SQLite database: online copies, rotation, restore.

Copies are taken with SQLite's online backup API, so they are consistent even
while the database is in use. They go to ``backups/`` beside the database and
are rotated: the newest copy of each of the last 7 days, 4 weeks and 12 months
is kept. A restore first checks the copy, then saves the current database.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.errors import DatabaseError, ValidationError
from deskapp.services.audit import write_access
from deskapp.store import migrate
from deskapp.store.database import Database

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
#: The newest copies are always kept, so that a copy taken before an import or a
#: purge survives that day's rotation.
KEEP_LATEST = 10
_NAME = re.compile(r"deskapp-(\d{8}-\d{6})-([a-z\-]+?)(?:-(\d+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """A backup copy in the backup folder."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.search(path.name)
    if not match:
        return None
    made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return BackupInfo(path, made_at, match.group(2), path.stat().st_size)


def to_keep(backups: list[BackupInfo]) -> set[Path]:
    """The copies rotation keeps: the newest of each of the last 7 days, 4 weeks and
    12 months, and the 10 newest copies whatever their age."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    keep: set[Path] = {b.path for b in newest_first[:KEEP_LATEST]}
    for limit, key in (
        (KEEP_DAILY, lambda b: b.made_at.date()),
        (KEEP_WEEKLY, lambda b: b.made_at.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda b: (b.made_at.year, b.made_at.month)),
    ):
        seen: list[object] = []
        for backup in newest_first:
            period = key(backup)
            if period not in seen:
                if len(seen) == limit:
                    break
                seen.append(period)
                keep.add(backup.path)
    return keep


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (no -wal, no -shm)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()  # a WAL file that cannot be opened read-only in place
        connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    return connection


def check_database_file(path: Path) -> str:
    """The schema revision of a deskapp SQLite file that passes the integrity check."""
    if not path.is_file():
        raise ValidationError("백업 파일", f"{path}이(가) 없습니다.")
    try:
        connection = open_read_only(path)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise ValidationError("백업 파일", f"deskapp 데이터베이스가 아닙니다 ({error}).") from None
    if result != "ok":
        raise ValidationError("백업 파일", f"무결성 검사에 실패했습니다: {result}")
    if revision is None or revision[0] not in migrate.known_revisions():
        raise ValidationError("백업 파일", "이 버전의 deskapp이 모르는 데이터베이스입니다.")
    return str(revision[0])


class BackupService:
    """Taking, rotating, listing and restoring backup copies of a SQLite database."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = datetime.now) -> None:
        self.db = db
        self.clock = clock

    @property
    def folder(self) -> Path:
        path = self.db.path
        if path is None:
            raise DatabaseError(
                "서버(PostgreSQL) 데이터베이스는 서버에서 백업하세요 (pg_dump). "
                "deskapp의 백업은 SQLite 파일용입니다."
            )
        return path.parent / "backups"

    def take(self, reason: str = "manual", to: Path | None = None) -> Path:
        """Copy the database now (consistent while in use) and rotate the folder."""
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        target = to or self.folder / f"deskapp-{stamp}-{reason}.sqlite3"
        if to is None:
            number = 1
            while target.exists():  # two copies within one second
                number += 1
                target = self.folder / f"deskapp-{stamp}-{reason}-{number}.sqlite3"
        elif target.exists():
            raise ValidationError("백업 파일", f"{target}이(가) 이미 있습니다.")
        migrate.backup_sqlite(self.db.engine, target)
        if to is None:
            self.rotate()
        return target

    def backup(self, actor: Actor, to: Path | None = None) -> Path:
        """A backup asked for by an administrator (logged)."""
        actor.require(Permission.BACKUP)
        target = self.take("manual", to)
        with self.db.unit_of_work(actor=actor) as session:
            write_access(session, actor, AccessAction.EXPORT, subject_kind="backup",
                         detail=f"백업: {target}")  # fmt: skip
        return target

    def daily(self) -> Path | None:
        """The first start of a day takes a copy; later starts that day do nothing."""
        if self.db.path is None:
            return None
        today = self.clock().date()
        if any(b.made_at.date() == today for b in self.copies()):
            return None
        return self.take("daily")

    def copies(self) -> list[BackupInfo]:
        """The copies in the backup folder, newest first."""
        if self.db.path is None or not self.folder.is_dir():
            return []
        found = [info for p in self.folder.glob("deskapp-*.sqlite3") if (info := _parse(p))]
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    def rotate(self) -> list[Path]:
        """Delete the copies rotation does not keep; returns what was deleted."""
        backups = self.copies()
        keep = to_keep(backups)
        removed = [b.path for b in backups if b.path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def restore(self, actor: Actor, source: Path) -> Path:
        """Replace the database with a checked copy; the current one is saved first.

        Returns the copy of the database as it was before the restore.
        """
        actor.require(Permission.BACKUP)
        check_database_file(source)
        saved = self.take("before-restore")
        self.db.engine.dispose()
        origin = open_read_only(source)
        raw = self.db.engine.raw_connection()
        try:
            target = raw.driver_connection
            assert isinstance(target, sqlite3.Connection)
            origin.backup(target)
        finally:
            raw.close()
            origin.close()
        self.db.engine.dispose()
        self.db.forget_cached()
        migrate.upgrade(self.db.engine, lambda _revision: None)
        with self.db.unit_of_work(actor=actor) as session:
            write_access(session, actor, AccessAction.IMPORT, subject_kind="backup",
                         detail=f"복원: {source} (복원 전 사본 {saved.name})")  # fmt: skip
        return saved
