"""Backups of the SQLite database: online copies, rotation, restore.

Copies are taken with SQLite's online backup API, so they are consistent even
while the database is in use. They go to ``backups/`` beside the database,
named by the database's identity (``deskapp-<id>-<time>-<reason>.sqlite3``),
and only the database's own copies are listed, rotated and offered for
restore. A copy is written owner-only under a temporary name and renamed when
complete; the remains of a copy cut off by a kill or a full disk are never
listed and are removed once stale. Rotation keeps the newest copy of each of
the last 7 days, 4 weeks and 12 months, the 10 newest, and every copy taken
before a restore for a year.

A restore first checks the copy (and refuses another database's), saves the
current database, then puts the copy in place carrying forward what a restore
must never take back: the access log, the account events and the change
history written since the copy (same ids, same hash chain), and the accounts
as they are now.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.chain import chain_label
from deskapp.domain.errors import BackupFailed, DatabaseError, ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate
from deskapp.services.audit import write_access
from deskapp.store import migrate
from deskapp.store.chain import CHAINS, chained_columns, database_uid
from deskapp.store.database import Database
from deskapp.store.engine import (
    BUSY_TIMEOUT_MS,
    create_private_file,
    make_engine,
    private_folder,
)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
#: The newest copies are always kept, so that a copy taken before an import or a
#: purge survives that day's rotation.
KEEP_LATEST = 10
#: A copy taken before a restore is kept this long, whatever else rotation keeps.
KEEP_BEFORE_RESTORE = timedelta(days=365)
#: The remains of a copy not written to for this long belong to a process that died.
STALE_PARTIAL = timedelta(hours=1)
#: What a backup or restore of a server database is told.
SERVER_BACKUP = noop(
    "backup",
    "Back up a server (PostgreSQL) database on the server (pg_dump). "
    "deskapp's backups are for SQLite files.",
)
#: How much of the database's identity names its copies.
UID_LENGTH = 12
_NAME = re.compile(r"deskapp-([0-9a-f]{12})-(\d{8}-\d{6})-([a-z\-]+?)(?:-(\d+))?\.sqlite3")


@dataclass(frozen=True)
class BackupInfo:
    """A backup copy in the backup folder."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def _parse(path: Path, uid: str) -> BackupInfo | None:
    """The copy ``path`` names, when it is a complete copy of the database ``uid``."""
    match = _NAME.fullmatch(path.name)
    if not match or match.group(1) != uid[:UID_LENGTH]:
        return None
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-journal", "-wal")):
        return None  # cut off while being written (by an older deskapp): not a copy
    try:
        made_at = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, made_at, match.group(3), size)


def database_file_uid(path: Path) -> str | None:
    """The identity of the deskapp database in ``path`` (None before revision 0010)."""
    connection = open_read_only(path)
    try:
        has_info = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'database_info'"
        ).fetchone()
        if not has_info:
            return None
        row = connection.execute("SELECT uid FROM database_info WHERE id = 1").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row and row[0] else None


def to_keep(backups: list[BackupInfo], now: datetime | None = None) -> set[Path]:
    """The copies rotation keeps: the newest of each of the last 7 days, 4 weeks and
    12 months, the 10 newest copies whatever their age, and every copy taken before a
    restore within a year of ``now`` (by default the newest copy's time)."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    keep: set[Path] = {b.path for b in newest_first[:KEEP_LATEST]}
    if newest_first:
        since = (now or newest_first[0].made_at) - KEEP_BEFORE_RESTORE
        keep |= {b.path for b in backups if b.reason == "before-restore" and b.made_at >= since}
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
    """A read-only connection that never writes beside the file (no -wal, no -shm).

    A WAL-mode file with no -wal beside it (a copy, or a database closed cleanly) is
    opened immutable: read as it is, SQLite makes no -wal or -shm for it."""
    if not Path(f"{path}-wal").exists():
        return sqlite3.connect(f"file:{path}?immutable=1", uri=True)
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
        raise ValidationError(
            "백업 파일",  # korean-data
            translate("backup", "{path} does not exist.").format(
                path=path,
                path_josa=particle(path, "이/가"),  # korean-data
            ),
        )
    try:
        connection = open_read_only(path)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()[0]
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise ValidationError(
            "백업 파일",  # korean-data
            translate("backup", "Not a deskapp database ({error}).").format(error=error),
        ) from None
    if result != "ok":
        raise ValidationError(
            "백업 파일",  # korean-data
            translate("backup", "The integrity check failed: {result}").format(result=result),
        )
    if revision is None or revision[0] not in migrate.known_revisions():
        raise ValidationError(
            "백업 파일",  # korean-data
            translate("backup", "A database this version of deskapp does not know."),
        )
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
            raise DatabaseError(translate("backup", SERVER_BACKUP))
        return path.parent / "backups"

    def uid(self) -> str:
        """The identity of the database (revision 0010 gives every database one)."""
        with self.db.engine.connect() as connection:
            uid = database_uid(connection)
        if uid is None:
            raise DatabaseError(
                translate("backup", "The database has no identity. Open deskapp again.")
            )
        return uid

    def take(self, reason: str = "manual", to: Path | None = None) -> Path:
        """Copy the database now (consistent while in use) and rotate the folder."""
        if self.db.path is None:
            raise DatabaseError(translate("backup", SERVER_BACKUP))
        stamp = self.clock().strftime("%Y%m%d-%H%M%S")
        prefix = f"deskapp-{self.uid()[:UID_LENGTH]}-{stamp}-{reason}"
        target = to or self.folder / f"{prefix}.sqlite3"
        if to is None:
            self.remove_partial()
            number = 1
            while target.exists():  # two copies within one second
                number += 1
                target = self.folder / f"{prefix}-{number}.sqlite3"
        elif target.exists():
            raise ValidationError(
                "백업 파일",  # korean-data
                translate("backup", "{path} already exists.").format(
                    path=target,
                    path_josa=particle(target, "이/가"),  # korean-data
                ),
            )
        try:
            migrate.backup_sqlite(self.db.engine, target)
        except (sqlite3.Error, OSError) as error:
            raise BackupFailed(
                translate(
                    "backup",
                    "The backup copy could not be made ({reason}). Check the free disk space "
                    "and the write permission of the folder {folder}. "
                    "The unfinished copy was deleted.",
                ).format(reason=_reason(error), folder=target.parent)
            ) from None
        if to is None:
            self.rotate()
        return target

    def backup(self, actor: Actor, to: Path | None = None) -> Path:
        """A backup asked for by an administrator (logged)."""
        actor.require(Permission.BACKUP)
        target = self.take("manual", to)
        with self.db.unit_of_work(actor=actor) as session:
            write_access(
                session,
                actor,
                AccessAction.EXPORT,
                subject_kind="backup",
                detail=translate("backup", "Backup: {path}").format(path=target),
            )
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
        """This database's complete copies in the backup folder, newest first."""
        if self.db.path is None or not self.folder.is_dir():
            return []
        uid = self.uid()
        pattern = f"deskapp-{uid[:UID_LENGTH]}-*.sqlite3"
        found = [info for p in self.folder.glob(pattern) if (info := _parse(p, uid))]
        return sorted(found, key=lambda b: b.made_at, reverse=True)

    def remove_partial(self) -> list[Path]:
        """Remove the remains of copies cut off by a kill or a full disk: temporary files
        with their journals and, from older versions, a named copy with a journal beside
        it, once none of a copy's files has been written to for an hour (another process
        may be writing one now). Returns what was removed."""
        if self.db.path is None or not self.folder.is_dir():
            return []
        partial = migrate.PARTIAL_SUFFIX
        bases = {
            Path(str(p).removesuffix("-journal"))
            for pattern in (f".deskapp-*{partial}*", f".restore-*{partial}*")
            for p in self.folder.glob(pattern)
        }
        bases |= {
            p.with_name(p.name.removesuffix("-journal"))
            for p in self.folder.glob("deskapp-*.sqlite3-journal")
        }
        stale = time.time() - STALE_PARTIAL.total_seconds()
        removed: list[Path] = []
        for base in sorted(bases):
            files = [
                f for f in (Path(f"{base}{x}") for x in ("", "-journal", "-wal")) if f.exists()
            ]
            try:
                if any(f.stat().st_mtime > stale for f in files):
                    continue
                for f in files:
                    f.unlink()
                    removed.append(f)
            except OSError:
                continue
        return removed

    def rotate(self) -> list[Path]:
        """Delete the copies rotation does not keep; returns what was deleted."""
        backups = self.copies()
        keep = to_keep(backups, self.clock())
        removed = [b.path for b in backups if b.path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def restore(self, actor: Actor, source: Path) -> Path:
        """Replace the database with a checked copy; the current one is saved first.

        What a restore must not take back is carried forward from the current database:
        the access log, the account events and the change history written since the
        copy, and the accounts. Returns the copy of the database as it was before.
        """
        actor.require(Permission.BACKUP)
        check_database_file(source)
        uid = self.uid()
        theirs = database_file_uid(source)
        if theirs is not None and theirs != uid:
            raise ValidationError(
                "백업 파일",  # korean-data
                translate(
                    "backup",
                    "{file} is a copy of another database (identity {theirs}, this database "
                    "{ours}). It was not restored. To use that database, open the file with --db.",
                ).format(
                    file=source.name,
                    file_josa=particle(source.name, "은/는"),  # korean-data
                    theirs=theirs[:UID_LENGTH],
                    ours=uid[:UID_LENGTH],
                ),
            )
        prepared = migrate.partial_name(self.folder / f"restore-{uid[:UID_LENGTH]}.sqlite3")
        try:
            _copy_and_upgrade(source, prepared)
            saved = self.take("before-restore")
            # Logged before the file is replaced (and carried into it with the other lines
            # since the copy): a restore killed before its last line still leaves a trace.
            with self.db.unit_of_work(actor=actor) as session:
                write_access(
                    session,
                    actor,
                    AccessAction.IMPORT,
                    subject_kind="backup",
                    detail=translate(
                        "backup", "Restore started: {source} (copy before the restore {copy})"
                    ).format(source=source, copy=saved.name),
                )
            try:
                carried = _carry_forward(prepared, self.db)
            except ValidationError as error:  # refused: the attempt stays in the log
                with self.db.unit_of_work(actor=actor) as session:
                    write_access(
                        session,
                        actor,
                        AccessAction.IMPORT,
                        subject_kind="backup",
                        detail=translate("backup", "Not restored: {source} — {error}").format(
                            source=source, error=error
                        ),
                    )
                raise
            self.db.engine.dispose()
            origin = open_read_only(prepared)
            raw = self.db.engine.raw_connection()
            try:
                target = raw.driver_connection
                assert isinstance(target, sqlite3.Connection)
                origin.backup(target)
            finally:
                raw.close()
                origin.close()
        finally:
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{prepared}{suffix}").unlink(missing_ok=True)
        self.db.engine.dispose()
        self.db.forget_cached()
        line = translate("backup", "{chain} {n} lines")
        kept = ", ".join(line.format(chain=chain_label(c), n=n) for c, n in carried.items())
        with self.db.unit_of_work(actor=actor) as session:
            write_access(
                session,
                actor,
                AccessAction.IMPORT,
                subject_kind="backup",
                detail=translate(
                    "backup",
                    "Restored: {source} (copy before the restore {copy}; "
                    "records written after the copy carried over: {kept})",
                ).format(source=source, copy=saved.name, kept=kept),
            )
        return saved


def latest_copy_for(path: Path) -> BackupInfo | None:
    """The newest whole copy in the backup folder beside a database file that is gone (of
    the database whose copies are newest there), to offer when deskapp starts."""
    folder = path.parent / "backups"
    if not folder.is_dir():
        return None
    found: list[BackupInfo] = []
    for candidate in folder.glob("deskapp-*.sqlite3"):
        match = _NAME.fullmatch(candidate.name)
        if match is None:
            continue
        info = _parse(candidate, match.group(1))
        if info is not None:
            found.append(info)
    for info in sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True):
        try:
            check_database_file(info.path)
        except ValidationError:
            continue  # damaged or of another version: the next newest
        return info
    return None


def restore_missing(path: Path, copy: Path) -> Path:
    """Make the missing database ``path`` again from the backup ``copy`` (checked first);
    owner-only, never over an existing file."""
    if path.exists() and path.stat().st_size > 0:
        raise ValidationError(
            "데이터베이스",  # korean-data
            translate("backup", "{path} already exists. It was not restored.").format(
                path=path,
                path_josa=particle(path, "이/가"),  # korean-data
            ),
        )
    check_database_file(copy)
    private_folder(path.parent)
    partial = migrate.partial_name(path)
    create_private_file(partial)
    origin = open_read_only(copy)
    try:
        target = sqlite3.connect(partial)
        try:
            origin.backup(target)
        finally:
            target.close()
    finally:
        origin.close()
    partial.replace(path)
    return path


def _reason(error: BaseException) -> str:
    """What went wrong writing a copy, in a few words (no path, no data)."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__


def _copy_and_upgrade(source: Path, prepared: Path) -> None:
    """A private working copy of ``source`` brought to the current schema."""
    for suffix in ("", "-journal"):
        Path(f"{prepared}{suffix}").unlink(missing_ok=True)
    private_folder(prepared.parent)
    create_private_file(prepared)
    origin = open_read_only(source)
    try:
        target = sqlite3.connect(prepared)
        try:
            origin.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        origin.close()
    engine = make_engine(f"sqlite:///{prepared}")
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def _carry_forward(prepared: Path, db: Database) -> dict[str, int]:
    """Bring into ``prepared`` what the current database holds and a restore must keep.

    The identity and the accounts are the current ones (a restore never re-enables an
    account or brings back an old password). Each log of the copy must be the
    beginning of the current one (same place, same hash at its newest line); the
    current lines after it are added with their ids and links, and the anchors are the
    current ones. Returns the number of lines added per log.
    """
    current = db.path
    assert current is not None
    connection = sqlite3.connect(prepared, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("ATTACH DATABASE ? AS cur", (str(current),))
        # IMMEDIATE takes the current database's write lock too: no desk commits a line
        # while it is being carried.
        connection.execute("BEGIN IMMEDIATE")
        try:
            carried = _carry(connection)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("DETACH DATABASE cur")
    except sqlite3.IntegrityError as error:
        raise ValidationError(
            "백업 파일",  # korean-data
            translate(
                "backup",
                "The current database's records could not be carried into the copy ({error}).",
            ).format(error=error),
        ) from None
    finally:
        connection.close()
    return carried


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA {schema}.table_info({table})")]


def _carry(connection: sqlite3.Connection) -> dict[str, int]:
    connection.execute(
        "UPDATE main.database_info SET uid = (SELECT uid FROM cur.database_info WHERE id = 1)"
    )
    users = [
        c
        for c in _columns(connection, "main", "users")
        if c in _columns(connection, "cur", "users")
    ]
    names = ", ".join(users)
    connection.execute(
        f"UPDATE main.users SET ({names}) = (SELECT {names} FROM cur.users AS u "
        "WHERE u.id = main.users.id) WHERE id IN (SELECT id FROM cur.users)"
    )
    connection.execute(
        f"INSERT INTO main.users ({names}) SELECT {names} FROM cur.users "
        "WHERE id NOT IN (SELECT id FROM main.users) ORDER BY id"
    )
    # The log-in sessions are today's too: the restore does not log anyone out (or back in).
    sessions = ", ".join(_columns(connection, "cur", "login_sessions"))
    if sessions:
        connection.execute("DELETE FROM main.login_sessions")
        connection.execute(
            f"INSERT INTO main.login_sessions ({sessions}) "
            f"SELECT {sessions} FROM cur.login_sessions"
        )
    carried: dict[str, int] = {}
    for chain in CHAINS:
        newest = connection.execute(
            f"SELECT chain_seq, chain_hash FROM main.{chain} WHERE chain_seq IS NOT NULL "
            "ORDER BY chain_seq DESC LIMIT 1"
        ).fetchone()
        seq = 0
        if newest is not None:
            seq = int(newest[0])
            now = connection.execute(
                f"SELECT chain_hash FROM cur.{chain} WHERE chain_seq = ?", (seq,)
            ).fetchone()
            if now is None or now[0] != newest[1]:
                raise ValidationError(
                    "백업 파일",  # korean-data
                    translate(
                        "backup",
                        "The copy's {chain} (up to sequence {seq}) differs from the current "
                        "database's {chain}. It was not restored, so that the current records "
                        "are not lost. Check both databases with 'deskapp check'.",
                    ).format(chain=chain_label(chain), seq=seq),
                )
        columns = ", ".join(chained_columns(chain))
        cursor = connection.execute(
            f"INSERT INTO main.{chain} ({columns}) SELECT {columns} FROM cur.{chain} "
            "WHERE chain_seq > ? ORDER BY chain_seq",
            (seq,),
        )
        carried[chain] = max(cursor.rowcount, 0)
    connection.execute("DELETE FROM main.log_chain")
    connection.execute(
        "INSERT INTO main.log_chain SELECT chain, last_seq, last_hash FROM cur.log_chain"
    )
    return carried
