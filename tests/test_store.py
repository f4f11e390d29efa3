"""The store: SQLite settings, the Alembic schema, upgrades with a backup, refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import PASSWORD, SQLITE_ONLY
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from deskapp.domain.commands import RegisterSeeker
from deskapp.domain.desks import DESKS
from deskapp.domain.errors import DatabaseError
from deskapp.services.workspace import Workspace
from deskapp.store import migrate
from deskapp.store.database import Database, OpenMode
from deskapp.store.engine import database_url, sqlite_path
from deskapp.store.models import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_database_chosen_by_option_then_environment_then_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = tmp_path / "given.sqlite3"
    assert sqlite_path(database_url(str(given))) == given
    monkeypatch.setenv("DESKAPP_DB", str(tmp_path / "env.sqlite3"))
    assert sqlite_path(database_url(None)) == tmp_path / "env.sqlite3"
    assert sqlite_path(database_url(str(given))) == given
    monkeypatch.delenv("DESKAPP_DB")
    default = sqlite_path(database_url(None))
    assert default is not None and default.name == "deskapp.sqlite3"
    assert str(default).startswith(str(tmp_path / "xdg-data"))  # conftest points XDG here
    url = "postgresql+psycopg://desk:secret@db.example/deskapp"
    assert database_url(url) == url
    assert sqlite_path(url) is None


@SQLITE_ONLY
def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        busy_timeout = connection.execute(text("PRAGMA busy_timeout")).scalar()
        assert busy_timeout is not None and busy_timeout >= 5000


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with (
        pytest.raises(IntegrityError, match=r"(?i)foreign key"),
        workspace.db.engine.begin() as connection,
    ):
        connection.execute(
            text(
                "INSERT INTO counseling_sessions (seeker_id, session_on, desk_id, created_at, void)"
                " VALUES (999, '2018-01-01', 1, '2018-01-01', false)"
            )
        )


def test_alembic_schema_matches_the_models(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []
        assert context.get_current_revision() == migrate.head_revision()


def test_new_database_has_the_four_desks_and_the_dong_sites(workspace: Workspace) -> None:
    assert list(workspace.db.desk_ids()) == [d.code for d in DESKS]
    assert set(workspace.db.site_ids()) == {("dong", "시흥4동"), ("dong", "독산동")}


def test_open_refuses_a_missing_file_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.sqlite3"
    with pytest.raises(DatabaseError, match="deskapp init"):
        Database.open(str(missing), OpenMode.EXISTING)
    assert not missing.exists()


def test_open_refuses_a_file_that_is_not_a_deskapp_database(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    before = _digest(other)
    with pytest.raises(DatabaseError, match="deskapp 데이터베이스가 아닙니다"):
        Database.open(str(other), OpenMode.EXISTING)
    assert _digest(other) == before
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="열 수 없습니다"):
        Database.open(str(garbage), OpenMode.EXISTING)


@SQLITE_ONLY
def test_a_database_from_a_newer_deskapp_is_refused_untouched(workspace: Workspace) -> None:
    path = workspace.db.path
    assert path is not None
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    workspace.close()
    before = _digest(path)
    with pytest.raises(DatabaseError, match="더 새로운 버전"):
        Workspace.open(str(path))
    assert _digest(path) == before


def test_init_refuses_an_existing_database(workspace: Workspace, db_url: str) -> None:
    with pytest.raises(DatabaseError, match="이미"):
        Workspace.create(db_url, "admin2", PASSWORD)
    assert [
        a.username
        for a in workspace.accounts.users(workspace.accounts.authenticate("admin", PASSWORD))
    ] == ["admin"]


NEXT_REVISION = '''"""test-only revision on top of the head."""
import sqlalchemy as sa
from alembic import op

revision = "9000_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_seekers") as batch:
        batch.add_column(sa.Column("test_column", sa.String(10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("job_seekers") as batch:
        batch.drop_column("test_column")
'''


@SQLITE_ONLY
def test_an_older_database_is_upgraded_on_open_after_a_backup(
    workspace: Workspace, admin: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import counselor_at

    actor = counselor_at(workspace, admin, "plus")  # type: ignore[arg-type]
    saved = workspace.records.register_seeker(
        actor, RegisterSeeker(name="홍길동", registered_on=date(2018, 10, 1), consented=True)
    )
    path = workspace.db.path
    assert path is not None
    workspace.close()

    # A newer deskapp: the real migrations plus one more revision.
    newer = tmp_path / "newer-db"
    shutil.copytree(migrate.migrations_dir(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (newer / "versions" / "9000_test.py").write_text(NEXT_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "migrations_dir", lambda: newer)

    upgraded = Database.open(str(path), OpenMode.EXISTING)
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9000_test"
        )
        name, extra = connection.execute(
            text("SELECT name, test_column FROM job_seekers WHERE id = :id"), {"id": saved.id}
        ).one()
    upgraded.close()
    assert (name, extra) == ("홍길동", None)
    backups = list((path.parent / "backups").glob("*before-upgrade*"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert old.execute("SELECT name FROM job_seekers").fetchall() == [("홍길동",)]


def test_a_database_made_at_revision_0001_is_upgraded_with_its_records(
    tmp_path: Path,
) -> None:
    """``tests/data/db-0001.sqlite3`` was made by revision 0001 and is never rebuilt."""
    from deskapp.domain.breakdown import Dimension
    from deskapp.domain.dates import Period
    from deskapp.store import splits

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "db-0001.sqlite3", old)
    with sqlite3.connect(old) as connection:
        before = connection.execute(
            "SELECT desk_id, count(*) FROM counseling_sessions WHERE void = 0 GROUP BY desk_id"
        ).fetchall()
    workspace = Workspace.open(str(old))
    try:
        admin = workspace.accounts.authenticate("admin", "old-pass-1")  # a hash made back then
        table = workspace.statistics.table(admin, Period.year(2018))
        assert table.by_desk["plus"].sessions == 3 and table.by_desk["dong"].sessions == 1
        assert table.by_desk["plus"].placements == 1 and table.by_desk["welfare"].placements == 1
        assert table.total.job_seekers == 5 and table.total.referrals == 1
        assert workspace.browse.seeker(admin, 1).name == "홍길동가"
        # Revision 0014 counted the breakdowns' per-day figures of the records already there.
        with workspace.db.unit_of_work(write=False) as session:
            assert not splits.pending(session)
        by_sex = workspace.statistics.breakdown(admin, Period.year(2018), Dimension.SEX)
        assert sum(by_sex.cell("plus", v).sessions for v in by_sex.desk_values(None)) == 3
        assert sum(by_sex.cell("total", v).job_seekers for v in by_sex.desk_values(None)) == 5
    finally:
        workspace.close()
    codes = {1: "plus", 2: "gvalley", 3: "dong", 4: "welfare"}
    assert {codes[d]: n for d, n in before} == {
        d: c.sessions for d, c in table.by_desk.items() if c.sessions
    }
    with sqlite3.connect(old) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrate.head_revision()
        )
        assert connection.execute("SELECT failed_logins FROM users").fetchone() == (0,)
    backups = list((tmp_path / "backups").glob("old-before-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1


def test_the_fast_revision_reading_agrees_with_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.migrations_dir()))
    script = ScriptDirectory.from_config(config)
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_a_writing_unit_inside_another_is_refused_at_once(workspace: Workspace) -> None:
    """It would otherwise wait out the busy timeout on its own outer unit."""
    with (
        workspace.db.unit_of_work(),
        pytest.raises(RuntimeError, match="inside another"),
        workspace.db.unit_of_work(),
    ):
        pass
    with workspace.db.unit_of_work(), workspace.db.unit_of_work(write=False):
        pass  # reading inside a writing unit is fine
    with workspace.db.unit_of_work():
        pass  # and the flag was cleared


def test_revisions_go_down_and_up_again_keeping_the_daily_count_triggers(
    workspace: Workspace,
) -> None:
    """A downgrade must not copy a table away from its triggers (revision 0003's daily
    counts would stop silently); then every revision goes up again."""
    from alembic import command

    def triggers() -> list[tuple[object, ...]]:
        with workspace.db.engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            else:
                sql = "SELECT DISTINCT trigger_name FROM information_schema.triggers ORDER BY 1"
            return [name for (name,) in connection.execute(text(sql))]

    def counts() -> list[object]:
        return [name for name in triggers() if "_count" in str(name)]

    before = counts()
    assert any("job_seekers_count" in str(name) for name in before)
    guards = [name for name in triggers() if "record_changes" in str(name)]
    marking = [name for name in triggers() if "_split_" in str(name)]
    assert len(marking) >= 10  # the days the breakdowns recount
    assert guards, "the change history is append-only from the start"
    config = migrate._config()
    with workspace.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert counts() == before
    with workspace.db.engine.connect() as connection:
        columns = {c["name"] for c in sa_inspect(connection).get_columns("job_seekers")}
    assert "desired_code" not in columns and "desired_employment" not in columns
    with workspace.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert counts() == before
    assert [name for name in triggers() if "record_changes" in str(name)] == guards
    assert [name for name in triggers() if "_split_" in str(name)] == marking
    assert migrate.schema_state(workspace.db.engine).revision == migrate.head_revision()
