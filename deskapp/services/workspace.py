"""One open database with its services: what the window and the command line work on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from deskapp.domain.access import Actor
from deskapp.domain.errors import DeskappError
from deskapp.domain.records import Role
from deskapp.services.accounts import AccountService, check_password_rules, check_username
from deskapp.services.audit import AuditService
from deskapp.services.backup import BackupService
from deskapp.services.browse import BrowseService
from deskapp.services.casework import CaseworkService
from deskapp.services.check import CheckService
from deskapp.services.corrections import CorrectionService
from deskapp.services.importer import ImportService
from deskapp.services.privacy import PrivacyService
from deskapp.services.records import RecordService
from deskapp.services.review import ReviewService
from deskapp.services.statistics import StatisticsService
from deskapp.services.target_groups import TargetGroupService
from deskapp.store.database import Database, OpenMode
from deskapp.store.engine import data_dir, database_url, sqlite_path


class Workspace:
    """The services of one database, built once and handed to each window or command."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self.accounts = AccountService(db)
        self.casework = CaseworkService(db, today)
        self.records = RecordService(db, today, self.casework)
        self.corrections = CorrectionService(db, today, self.casework)
        self.statistics = StatisticsService(db)
        self.backups = BackupService(db)
        self.imports = ImportService(db, today, self.backups, self.casework)
        self.check = CheckService(db)
        self.review = ReviewService(db, today)
        self.browse = BrowseService(db)
        self.audit = AuditService(db)
        self.privacy = PrivacyService(db, today)
        self.groups = TargetGroupService(db)

    @property
    def location(self) -> str:
        """The database file, or the server URL without its password."""
        return str(self.db.path) if self.db.path else self.db.url

    @classmethod
    def open(
        cls, db: str | None = None, today: date | None = None, daily_backup: bool = False
    ) -> Workspace:
        """Open an existing database (upgrading an older schema after a backup).

        ``daily_backup``: the application's start takes the day's first backup copy.
        """
        workspace = cls(Database.open(db, OpenMode.EXISTING), today)
        if daily_backup:
            try:
                workspace.backups.daily()
            except BaseException:
                workspace.close()
                raise
        return workspace

    @classmethod
    def create(
        cls, db: str | None, admin: str, password: str, display_name: str = ""
    ) -> tuple[Workspace, Actor]:
        """Create a new database with the four desks and one administrator.

        Nothing is left behind when it fails: a new SQLite file is removed.
        """
        check_username(admin)
        check_password_rules(password)
        path = sqlite_path(database_url(db))
        database = Database.open(db, OpenMode.NEW)
        try:
            workspace = cls(database)
            actor = workspace.accounts.create_user(
                None, admin, password, Role.ADMIN, display_name=display_name or "관리자"
            )
        except BaseException:
            database.close()
            if path is not None:
                remove_database_file(path)
            raise
        return workspace, actor

    def close(self) -> None:
        self.db.close()


def default_location(db: str | None = None) -> Path | None:
    """The SQLite file that ``db`` (or DESKAPP_DB, or the data folder) names; None for a server."""
    try:
        return sqlite_path(database_url(db))
    except DeskappError:
        return None


def database_exists(db: str | None = None) -> bool:
    """Whether the database named by ``db`` exists (servers are assumed to)."""
    path = default_location(db)
    return path is None or (path.exists() and path.stat().st_size > 0)


def remove_database_file(path: Path) -> None:
    """Remove a SQLite file and its WAL companions (used when creation fails)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def data_folder() -> Path:
    """The user's deskapp data folder (default database, error log)."""
    return data_dir()
