"""One open database with its services: what the window and the command line work on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from deskapp.domain.access import Actor
from deskapp.domain.errors import DatabaseError, DeskappError
from deskapp.domain.records import Role
from deskapp.i18n import noop, translate
from deskapp.services.accounts import AccountService, check_password_rules, check_username
from deskapp.services.audit import AuditService
from deskapp.services.backup import BackupService
from deskapp.services.browse import BrowseService
from deskapp.services.check import CheckService
from deskapp.services.corrections import CorrectionService
from deskapp.services.drill_down import DrillDownService
from deskapp.services.events import EventService
from deskapp.services.follow_up import FollowUpService
from deskapp.services.importer import ImportService
from deskapp.services.integrity_flags import IntegrityFlagService
from deskapp.services.matching import MatchingService
from deskapp.services.merging import MergeService
from deskapp.services.month_close import MonthCloseService
from deskapp.services.occupations import OccupationService
from deskapp.services.outreach import OutreachService
from deskapp.services.performance import PerformanceService
from deskapp.services.placement_review import PlacementReviewService
from deskapp.services.privacy import PrivacyService
from deskapp.services.programmes import ProgrammeService
from deskapp.services.records import RecordService
from deskapp.services.registration_periods import RegistrationPeriodService
from deskapp.services.retention import RetentionService
from deskapp.services.rules.occupation_codes import Classification
from deskapp.services.shared_mode import account_management_notice
from deskapp.services.statistics import StatisticsService
from deskapp.services.target_groups import TargetGroupService
from deskapp.services.targets import TargetService
from deskapp.store import migrate
from deskapp.store.database import Database, OpenMode, waiting_for
from deskapp.store.engine import database_url, make_engine, sqlite_path
from deskapp.store.location import data_dir
from deskapp.store.models import User

__all__ = ["Workspace", "waiting_for"]


class Workspace:
    """The services of one database, built once and handed to each window or command."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self.accounts = AccountService(db)
        # One classification for every service that reads or stores occupation codes, so
        # a newer list loaded through ``occupations`` is seen by all of them at once.
        classification = Classification(db)
        self.occupations = OccupationService(db, classification)
        self.registration_periods = RegistrationPeriodService(db, today)
        self.matching = MatchingService(db, today, classification)
        self.follow_up = FollowUpService(db, today)
        self.merging = MergeService(db)
        self.records = RecordService(db, today, classification)
        self.corrections = CorrectionService(db, today, classification)
        self.statistics = StatisticsService(db)
        self.backups = BackupService(db)
        self.imports = ImportService(db, today, self.backups, classification)
        self.check = CheckService(db)
        self.month_close = MonthCloseService(db, today)
        self.placement_review = PlacementReviewService(db)
        self.targets = TargetService(db, today)
        self.drill_down = DrillDownService(db)
        self.integrity_flags = IntegrityFlagService(db)
        self.browse = BrowseService(db)
        self.audit = AuditService(db)
        self.privacy = PrivacyService(db, today)
        self.groups = TargetGroupService(db)
        self.programmes = ProgrammeService(db, today)
        self.events = EventService(db, today, self.records)
        self.outreach = OutreachService(db, today)
        self.performance = PerformanceService(db)
        self.retention = RetentionService(db, today)

    def account_management_notice(self) -> str | None:
        """Shared mode: why an administrator cannot manage accounts or purge from this PC
        (its database role is the desks'), or None."""
        return account_management_notice(self.db)

    @property
    def location(self) -> str:
        """The database file, or the server URL without its password."""
        return str(self.db.path) if self.db.path else self.db.url

    @classmethod
    def open(
        cls,
        db: str | None = None,
        today: date | None = None,
        daily_backup: bool = False,
        upgrade: bool = True,
    ) -> Workspace:
        """Open an existing database (upgrading an older schema after a backup).

        ``daily_backup``: the application's start takes the day's first backup copy.
        ``upgrade=False``: an older schema is refused instead (``deskapp check``, which
        needs no log-in, never changes the database).
        """
        known_dialect(db)
        workspace = cls(Database.open(db, OpenMode.EXISTING, upgrade=upgrade), today)
        if not workspace._has_account():
            workspace.close()
            raise DatabaseError(translate("workspace", CUT_OFF))
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
        workspace = cls.new_database(db)
        try:
            actor = workspace.accounts.create_user(
                None,
                admin,
                password,
                Role.ADMIN,
                display_name=display_name or translate("workspace", "Administrator"),
            )
        except BaseException:
            workspace.discard()
            raise
        return workspace, actor

    @classmethod
    def new_database(cls, db: str | None) -> Workspace:
        """A new database with the four desks and no account yet, for ``create`` and the demo
        to add theirs; a database whose making was cut off before its first account was
        committed (``_cut_off``) is taken as new."""
        known_dialect(db)
        try:
            database = Database.open(db, OpenMode.NEW)
        except DatabaseError:
            if not _cut_off(db):
                raise
            database = Database.open(db, OpenMode.EXISTING)
        return cls(database)

    def _has_account(self) -> bool:
        with self.db.unit_of_work(write=False) as session:
            # The table, not the mapped class: no mapper is configured for this question.
            users = User.__table__
            return session.scalar(select(users.c.id).limit(1)) is not None

    def discard(self) -> None:
        """Close a database being made that failed; a SQLite file is removed."""
        path = self.db.path
        self.close()
        if path is not None:
            remove_database_file(path)

    def close(self) -> None:
        self.db.close()


def default_location(db: str | None = None) -> Path | None:
    """The SQLite file that ``db`` (or DESKAPP_DB, or the data folder) names; None for a server."""
    try:
        return sqlite_path(database_url(db))
    except DeskappError:
        return None


def database_exists(db: str | None = None) -> bool:
    """Whether the database named by ``db`` exists (servers are assumed to); one whose making
    was cut off before its first account does not (the first run makes it again)."""
    path = default_location(db)
    if path is not None and not (path.exists() and path.stat().st_size > 0):
        return False
    return not _cut_off(db)


CUT_OFF = noop(
    "workspace",
    "Making the database was cut off, and it has no account. "
    "Make it again with 'deskapp init' or 'deskapp demo'.",
)


def known_dialect(db: str | None) -> None:
    """DatabaseError unless ``db`` names a SQLite file or a database deskapp can connect to
    (``notaurl://`` is refused here with a message, not met later as a crash)."""
    url = make_url(database_url(db))
    try:
        url.get_dialect()
    except (NoSuchModuleError, ArgumentError):
        shown = url.render_as_string(hide_password=True)
        raise DatabaseError(
            translate(
                "workspace",
                "The kind of database address '{address}' is unknown. Give a SQLite file path "
                "or an address of the form postgresql+psycopg://user@server/database.",
            ).format(address=shown)
        ) from None


def _cut_off(db: str | None) -> bool:
    """Whether ``db`` holds deskapp's newest schema and not one account: its making
    (``init``, ``demo``, the first run) was cut off before the first account was committed.
    Anything else, a database that cannot be reached included, is not."""
    try:
        known_dialect(db)
        engine = make_engine(database_url(db))
    except DeskappError:
        return False
    try:
        if migrate.schema_state(engine).revision != migrate.head_revision():
            return False
        with engine.connect() as connection:
            return connection.execute(select(User.id).limit(1)).first() is None
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def remove_database_file(path: Path) -> None:
    """Remove a SQLite file and its WAL companions (used when creation fails)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def data_folder() -> Path:
    """The user's deskapp data folder (default database, error log)."""
    return data_dir()
