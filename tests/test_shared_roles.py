"""Shared mode's database roles, on the real PostgreSQL server the suite starts.

Each test gets its own database owned by a role of its own (``o_…``), a desks' role
(``a_…``) and an administrator's role (``m_…``), set up as the README says: ``deskapp
init`` and ``deskapp grant`` with the owner's address. The server trusts its Unix
socket, so each role connects by name alone.
"""

from __future__ import annotations

import io
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import psycopg
import pytest
from conftest import PASSWORD, TODAY
from pg_roles import Shared, drop_shared, new_shared, superuser
from psycopg import errors as pg_errors
from sqlalchemy import text
from sqlalchemy.engine import make_url
from workbooks import valid_sheets, write_book

from deskapp.cli import main
from deskapp.domain.breakdown import Dimension
from deskapp.domain.commands import (
    ChangeRecord,
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    seeker_command,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import DatabaseError, PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.records import RecordKind, Role
from deskapp.services.shared_mode import grant_roles
from deskapp.services.workspace import Workspace
from deskapp.store import grants, migrate
from deskapp.store.models import Base


@pytest.fixture(scope="module")
def attacked(pg_server: str) -> Iterator[Shared]:
    """One shared database for the statements tried (each is rolled back), with a record
    corrected by a desk, so that every table tried has lines."""
    made = new_shared(pg_server)
    office = Workspace.open(made.url(made.admin), today=TODAY)
    boss = office.accounts.authenticate("admin", PASSWORD)
    office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
    office.close()
    desk = Workspace.open(made.url(made.app), today=TODAY)
    kim = desk.accounts.authenticate("kim", PASSWORD)
    command = seeker_command({"성명": "홍길동", "등록일": "2018-10-02"}, TODAY)
    seeker = desk.records.register_seeker(kim, replace(command, consented=True))
    desk.corrections.change(
        kim, ChangeRecord(RecordKind.SEEKER, seeker.number, {"연락처": "010-2222-3333"}, "정정")
    )
    desk.close()
    yield made
    drop_shared(made)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


# -- what a desk's credentials cannot do ---------------------------------------------------

#: Statements anyone holding a desk PC's database password might try.
ATTACKS = {
    "disable the access log's trigger": "ALTER TABLE access_log DISABLE TRIGGER USER",
    "delete the access log": "DELETE FROM access_log",
    "rewrite the access log": "UPDATE access_log SET detail = 'x'",
    "delete the account events": "DELETE FROM account_events",
    "rewrite the change history": "UPDATE record_changes SET old_value = NULL, "
    "new_value = NULL, values_salt = NULL, redacted = true",
    "delete the change history": "DELETE FROM record_changes",
    "forge a history value": "UPDATE record_changes SET new_value = '010-9999-9999'",
    "truncate the access log": "TRUNCATE access_log",
    "truncate the records": "TRUNCATE job_seekers CASCADE",
    "drop a table": "DROP TABLE access_log",
    "create a table": "CREATE TABLE loot (x text)",
    "create a function": "CREATE FUNCTION now2() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "replace a guard's function": "CREATE OR REPLACE FUNCTION access_log_append_only() "
    "RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
    "drop a guard": "DROP TRIGGER access_log_append_only ON access_log",
    "make oneself administrator": "UPDATE users SET role = 'admin'",
    "enable an account": "UPDATE users SET is_active = true",
    "add an account": "INSERT INTO users (username, display_name, password_hash, role, "
    "is_active, created_at, failed_logins) VALUES ('x', 'x', 'x', 'admin', true, now(), 0)",
    "delete an account": "DELETE FROM users",
    "hard-delete a seeker": "DELETE FROM job_seekers",
    "forge a daily count": "UPDATE daily_counts SET n = n + 1",
    "forge a monthly count": "UPDATE monthly_counts SET n = n + 1",
    "forge a month's placed people": "INSERT INTO monthly_placements VALUES ('2018-01-01', 1, "
    "'0001-01-01', 99)",
    "forge a breakdown figure": "INSERT INTO daily_splits VALUES ('sex', '2018-01-02', 1, "
    "'sessions', '남', 99)",
    "forget the days to recount": "DELETE FROM split_days_dirty",
    "move a log's anchor away": "DELETE FROM log_chain",
    "change the database's identity": "UPDATE database_info SET uid = 'x'",
    "stamp another schema revision": "UPDATE alembic_version SET version_num = '0001'",
    "read the recorded roles": "SELECT * FROM database_roles",
    "become the owner": "SET ROLE {owner}",
    # A GRANT by a role without the grant option only warns; the DELETE after it is what
    # would matter.
    "grant oneself more": "GRANT DELETE ON access_log TO {app} ;; DELETE FROM access_log",
}
#: What the administrator's role may do of the above (account management, the purge's
#: emptying of history values); everything else is refused to it too.
ADMIN_MAY = {
    "make oneself administrator",
    "enable an account",
    "add an account",
    "rewrite the change history",
}
#: What the change history's trigger refuses to the administrator's role, which may update
#: the history's values only to empty them.
TRIGGER_REFUSES_ADMIN = {"forge a history value"}


def _attempt(shared: Shared, role: str, sql: str) -> str:
    """'refused' (insufficient privilege, SQLSTATE 42501) or what else happened."""
    with shared.connect(role) as connection:
        try:
            for statement in sql.format(owner=shared.owner, app=shared.app).split(" ;; "):
                connection.execute(statement)
        except pg_errors.InsufficientPrivilege:
            return "refused"
        except pg_errors.RaiseException as error:
            if "append-only" in str(error):
                return "refused by the trigger"
            raise
        except psycopg.Error as error:
            return f"{type(error).__name__}: {error}"
        finally:
            connection.rollback()
    return "done"


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_desks_role_is_refused_what_would_rewrite_the_trail_or_the_rights(
    attacked: Shared, attack: str
) -> None:
    assert _attempt(attacked, attacked.app, ATTACKS[attack]) == "refused"


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_the_administrators_role_may_manage_accounts_and_nothing_more(
    attacked: Shared, attack: str
) -> None:
    outcome = _attempt(attacked, attacked.admin, ATTACKS[attack])
    if attack in ADMIN_MAY:
        # Granted: the statement runs (the history's trigger then lets values only be emptied).
        assert outcome == "done"
    elif attack in TRIGGER_REFUSES_ADMIN:
        assert outcome == "refused by the trigger"
    else:
        assert outcome == "refused"


def test_the_owners_rights_are_not_the_desks(attacked: Shared) -> None:
    """The same statement as the owner goes through: the refusals above are the grants'."""
    assert _attempt(attacked, attacked.owner, "ALTER TABLE access_log DISABLE TRIGGER USER") == (
        "done"
    )


def test_every_table_of_the_schema_has_its_grants_decided() -> None:
    """A table a new revision adds must be given a line in the policy (or be the owner's)."""
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert tables == set(grants.APP_GRANTS) | set(grants.NOT_GRANTED)
    assert set(grants.ADMIN_EXTRA) <= set(grants.APP_GRANTS)


def _privileges(shared: Shared) -> set[tuple[str, ...]]:
    """Every table and column privilege the two roles hold, and on sequences."""
    with shared.connect(shared.owner) as connection:
        found = connection.execute(
            "SELECT grantee, table_name, privilege_type, '' FROM "
            "information_schema.role_table_grants WHERE grantee IN (%s, %s) UNION "
            "SELECT grantee, table_name, privilege_type, column_name FROM "
            "information_schema.column_privileges WHERE grantee IN (%s, %s) UNION "
            "SELECT grantee::regrole::text, c.relname, a.privilege_type, 'sequence' FROM "
            "pg_class c, aclexplode(c.relacl) a WHERE c.relkind = 'S' "
            "AND a.grantee::regrole::text IN (%s, %s)",
            (shared.app, shared.admin) * 3,
        ).fetchall()
    return {tuple(str(v) for v in row) for row in found}


def test_grant_is_idempotent_and_takes_back_what_was_given_by_hand(shared: Shared) -> None:
    before = _privileges(shared)
    app = {(t, p, c) for g, t, p, c in before if g == shared.app}
    assert ("access_log", "INSERT", "") in app and ("access_log", "DELETE", "") not in app
    assert ("users", "UPDATE", "role") not in app and ("users", "UPDATE", "locked_until") in app
    assert ("access_log_id_seq", "USAGE", "sequence") in app
    assert not any(p in ("TRUNCATE", "TRIGGER", "REFERENCES") for _, p, _ in app)
    with shared.connect(shared.owner) as connection:
        connection.execute(f'GRANT ALL ON access_log, users TO "{shared.app}"')
        connection.execute(f'GRANT SELECT ON database_roles TO "{shared.app}"')
        connection.commit()
    assert _privileges(shared) != before
    code, out, err = run(
        "grant",
        "--db",
        shared.url(shared.owner),
        "--app",
        shared.app,
        "--admin-role",
        shared.admin,
    )
    assert (code, err) == (0, "")
    assert f"창구용 역할 {shared.app}: 표 {len(grants.APP_GRANTS)}개" in out
    assert _privileges(shared) == before
    # Without --admin-role the administrator's role recorded before keeps its grants.
    assert run("grant", "--db", shared.url(shared.owner), "--app", shared.app)[0] == 0
    assert _privileges(shared) == before


def test_grant_is_refused_for_unfit_roles_and_to_anyone_but_the_owner(shared: Shared) -> None:
    owner = shared.url(shared.owner)
    code, _, err = run("grant", "--db", owner, "--app", shared.owner)
    assert code == 2 and f"--app {shared.owner}: 표의 소유자" in err
    code, _, err = run("grant", "--db", owner, "--app", "no_such_role")
    assert code == 2 and "서버에 이 역할이 없습니다" in err and "createuser" in err
    code, _, err = run("grant", "--db", owner, "--app", shared.app, "--admin-role", shared.app)
    assert code == 2 and "창구용 역할과 달라야 합니다" in err
    code, _, err = run("grant", "--db", shared.url(shared.app), "--app", shared.app)
    assert code == 3 and "소유자 계정의 주소로 실행하세요" in err
    assert "Traceback" not in err


def test_a_role_that_could_create_in_the_schema_is_closed_off(shared: Shared) -> None:
    """PostgreSQL before 15 lets everyone create in ``public``; grant takes that away."""
    with shared.connect(shared.owner) as connection:
        connection.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
        connection.commit()
    assert _attempt(shared, shared.app, "CREATE TABLE loot (x text)") == "done"
    code, out, err = run("grant", "--db", shared.url(shared.owner), "--app", shared.app)
    assert (code, err) == (0, "")
    assert "CREATE" in out
    assert _attempt(shared, shared.app, "CREATE TABLE loot (x text)") == "refused"


# -- the work of the desks, through deskapp, as the desks' role ---------------------------


def test_the_desks_do_their_whole_work_as_the_desks_role(shared: Shared, tmp_path: Path) -> None:
    # Accounts are made on the administrator's PC (its role).
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        assert office.account_management_notice() is None
        boss = office.accounts.authenticate("admin", PASSWORD)
        office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
        office.accounts.create_user(boss, "lead", PASSWORD, Role.TEAM_LEAD)
    finally:
        office.close()

    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        records = desk.records
        command = seeker_command({"성명": "홍길동", "등록일": "2018-10-02"}, TODAY)
        seeker = records.register_seeker(kim, replace(command, consented=True))
        records.log_session(kim, LogSession(seeker.number, date(2018, 10, 3)))
        employer = records.register_employer(kim, RegisterEmployer("(주)가산")).number
        opening = records.register_opening(
            kim, RegisterOpening(employer, "경비", 1, date(2018, 10, 1))
        ).number
        referral = records.refer(kim, Refer(seeker.number, opening, date(2018, 10, 4))).id
        records.record_placement(
            kim, RecordPlacement(seeker.number, date(2018, 10, 8), referral_id=referral)
        )
        corrected = desk.corrections.change(
            kim,
            ChangeRecord(RecordKind.SEEKER, seeker.number, {"연락처": "010-2222-3333"}, "정정"),
        )
        assert [c.field for c in corrected.changes] == ["연락처"]
        boss = desk.accounts.authenticate("admin", PASSWORD)
        imported = desk.imports.import_workbook(
            boss, write_book(tmp_path / "r.xlsx", valid_sheets())
        )
        assert imported.total == 16
        lead = desk.accounts.authenticate("lead", PASSWORD)
        table = desk.statistics.table(lead, Period.month(2018, 10))
        assert table.by_desk["plus"].sessions == 1 and table.by_desk["plus"].referrals == 1
        assert table.by_desk["plus"].placements == 1
        desk.month_close.close_month(lead, 2018, 9)
        desk.month_close.reopen_month(lead, 2018, 9, "다시 확인")
        assert desk.check.run().ok
        # An administrator logging in on a desk PC is told what this PC cannot do, and the
        # database refuses it in Korean.
        notice = desk.account_management_notice()
        assert notice == (
            f"이 PC는 창구용 데이터베이스 계정 '{shared.app}'으로 연결되어 있어 계정 추가·역할 "
            "변경·사용 중지·비밀번호 재설정과 개인정보 파기를 할 수 없습니다. 관리자용 "
            "데이터베이스 계정으로 연결한 PC에서 하세요."
        )
        accounts = desk.accounts
        for refused in (
            lambda: accounts.create_user(boss, "park", PASSWORD, Role.COUNSELOR, "plus"),
            lambda: accounts.set_role(boss, "kim", Role.ADMIN, None),
            lambda: accounts.set_active(boss, "kim", False),
            lambda: accounts.reset_password(boss, "kim", "new-pass-2"),
            lambda: desk.privacy.purge(boss, 1),
        ):
            with pytest.raises(PermissionDenied) as denied:
                refused()
            assert str(denied.value) == notice
        # Whatever else the database refuses the role reaches the user in Korean as well.
        refusal = rf"'{shared.app}'에는 이 일을 할 권한이 없습니다 \(표 access_log\)"
        with pytest.raises(PermissionDenied, match=refusal), desk.db.unit_of_work() as session:
            session.execute(text("DELETE FROM access_log"))
    finally:
        desk.close()

    # The purge is the administrator's PC's, as are accounts.
    office = Workspace.open(shared.url(shared.admin), today=date(2030, 1, 1))
    try:
        boss = office.accounts.authenticate("admin", PASSWORD)
        assert office.privacy.purge(boss, 5).anonymized == 5
        assert office.check.run().ok
    finally:
        office.close()


def test_account_management_from_a_desk_pc_is_refused_in_korean_on_the_command_line(
    shared: Shared, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    monkeypatch.setenv("DESKAPP_NEW_PASSWORD", PASSWORD)
    desk = shared.url(shared.app)
    code, _, err = run(
        "users",
        "--db",
        desk,
        "--user",
        "admin",
        "add",
        "park",
        "--role",
        "counselor",
        "--desk",
        "plus",
    )
    assert code == 3
    assert f"창구용 데이터베이스 계정 '{shared.app}'으로 연결되어 있어 계정 추가" in err
    assert "Traceback" not in err and "psycopg" not in err
    code, _, err = run(
        "users",
        "--db",
        shared.url(shared.admin),
        "--user",
        "admin",
        "add",
        "park",
        "--role",
        "counselor",
        "--desk",
        "plus",
    )
    assert (code, err) == (0, "")


# -- schema upgrades ---------------------------------------------------------------------

NEXT_REVISION = '''"""a test revision that adds a table"""
import sqlalchemy as sa
from alembic import op

revision = "9000_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_notes", sa.Column("id", sa.Integer(), primary_key=True),
                    sa.Column("note", sa.Text()))


def downgrade():
    op.drop_table("test_notes")
'''


def _newer_deskapp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This process becomes a newer deskapp: one revision more, adding a table that the
    desks may read and write."""
    newer = tmp_path / "newer-db"
    shutil.copytree(migrate.migrations_dir(), newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "9000_test.py").write_text(
        NEXT_REVISION.format(head=migrate.head_revision())
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: newer)
    monkeypatch.setitem(grants.APP_GRANTS, "test_notes", ("SELECT", "INSERT", "UPDATE"))


def _revision(shared: Shared) -> str:
    with shared.connect(shared.owner) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert row is not None
    return str(row[0])


def test_an_older_schema_stops_a_desk_and_the_owners_upgrade_grants_the_new_table(
    shared: Shared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    _newer_deskapp(tmp_path, monkeypatch)
    with pytest.raises(DatabaseError) as refused:
        Workspace.open(shared.url(shared.app))
    message = str(refused.value)
    assert f"스키마({head})가 이 deskapp(9000_test)보다 오래되었습니다" in message
    assert f"'{shared.app}'{particle(shared.app, '은/는')} 스키마를 바꿀 수 없습니다" in message
    assert "소유자 계정으로 'deskapp upgrade --db 소유자주소'" in message
    assert _revision(shared) == head  # nothing was tried
    code, _, err = run("check", "--db", shared.url(shared.app))
    assert code == 2 and "deskapp upgrade" in err and "Traceback" not in err

    code, out, err = run("upgrade", "--db", shared.url(shared.owner))
    assert (code, err) == (0, "")
    assert out.strip() == f"스키마를 {head}에서 9000_test로 올렸습니다."
    # The upgrade gave the recorded roles their grants on the new table: no grant run.
    with shared.connect(shared.app) as connection:
        connection.execute("INSERT INTO test_notes (note) VALUES ('새 표')")
        assert connection.execute("SELECT note FROM test_notes").fetchall() == [("새 표",)]
        connection.commit()
    assert _attempt(shared, shared.app, "DELETE FROM test_notes") == "refused"
    Workspace.open(shared.url(shared.app)).close()
    assert run("upgrade", "--db", shared.url(shared.owner))[1].strip() == (
        "스키마가 이미 최신(9000_test)입니다."
    )


def test_a_desks_role_cannot_make_the_schema_and_says_so(
    pg_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    tag = uuid.uuid4().hex[:10]
    database, role = f"e_{tag}", f"a_{tag}"
    with superuser(pg_server) as connection:
        connection.execute(f'CREATE ROLE "{role}" LOGIN')
        connection.execute(f'CREATE DATABASE "{database}"')
    try:
        url = make_url(pg_server.format(db=database)).set(username=role)
        code, _, err = run(
            "init", "--db", url.render_as_string(hide_password=False), "--admin", "admin"
        )
        assert code == 2 and f"'{role}'에는 deskapp의 표를 만들 권한이 없습니다" in err
    finally:
        with superuser(pg_server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            connection.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_a_role_not_granted_yet_is_told_to_ask_for_grant(pg_server: str) -> None:
    made = new_shared(pg_server, granted=False)
    try:
        with pytest.raises(
            DatabaseError, match=f"'deskapp grant --db 소유자주소 --app {made.app}'"
        ):
            Workspace.open(made.url(made.app))
        with pytest.raises(ValidationError):
            grant_roles(made.url(made.owner), "no_such_role")
    finally:
        drop_shared(made)


def test_the_daily_counts_follow_a_desks_records_though_it_cannot_write_them(
    shared: Shared,
) -> None:
    with shared.connect(shared.owner) as connection:
        definer = connection.execute(
            "SELECT prosecdef, proconfig FROM pg_proc WHERE proname = 'daily_counts_track'"
        ).fetchone()
    assert definer == (True, ["search_path=public, pg_temp"])
    desk = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = desk.accounts.authenticate("admin", PASSWORD)
        desk.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
    finally:
        desk.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        command = seeker_command({"성명": "홍길동", "등록일": "2018-10-02"}, TODAY)
        saved = desk.records.register_seeker(kim, replace(command, consented=True))
        desk.records.record_placement(kim, RecordPlacement(saved.number, date(2018, 10, 5)))
        with desk.db.engine.connect() as connection:
            counts = connection.execute(
                text("SELECT day, measure, n FROM daily_counts ORDER BY measure")
            ).all()
            months = connection.execute(
                text("SELECT month, measure, n FROM monthly_counts WHERE n <> 0")
            ).all()
            placed = connection.execute(
                text("SELECT month, since, n FROM monthly_placements WHERE n <> 0")
            ).all()
    finally:
        desk.close()
    assert [(str(d), m, n) for d, m, n in counts] == [("2018-10-02", "job_seekers", 1)]
    assert [(str(d), m, n) for d, m, n in months] == [("2018-10-01", "job_seekers", 1)]
    assert [(str(d), str(s), n) for d, s, n in placed] == [("2018-10-01", "0001-01-01", 1)]


def test_the_breakdowns_follow_a_desks_records_though_it_cannot_write_them(
    shared: Shared,
) -> None:
    desk = Workspace.open(shared.url(shared.admin), today=TODAY)
    try:
        boss = desk.accounts.authenticate("admin", PASSWORD)
        desk.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
    finally:
        desk.close()
    desk = Workspace.open(shared.url(shared.app), today=TODAY)
    try:
        kim = desk.accounts.authenticate("kim", PASSWORD)
        command = seeker_command({"성명": "홍길동", "등록일": "2018-10-02", "성별": "여"}, TODAY)
        desk.records.register_seeker(kim, replace(command, consented=True))
        period = Period(date(2018, 10, 1), date(2018, 10, 31))
        table = desk.statistics.breakdown(kim, period, Dimension.SEX)
        with desk.db.engine.connect() as connection:
            marked = connection.execute(text("SELECT count(*) FROM split_days_dirty")).scalar()
    finally:
        desk.close()
    assert table.cell("plus", "여").job_seekers == 1
    assert marked == 0  # recounted by the owner's function, on the desk's reading


def test_grant_to_another_role_moves_the_grants(shared: Shared) -> None:
    other = f"{shared.app}_2"  # dropped with the others (drop_shared)
    with superuser(shared.server) as connection:
        connection.execute(f'CREATE ROLE "{other}" LOGIN')
    code, _, err = run("grant", "--db", shared.url(shared.owner), "--app", other)
    assert (code, err) == (0, "")
    assert _attempt(shared, shared.app, "SELECT count(*) FROM job_seekers") == "refused"
    assert (
        _attempt(
            shared,
            other,
            "INSERT INTO access_log (at, username, host, action) VALUES (now(), 'x', 'x', 'x')",
        )
        == "done"
    )
    assert _attempt(shared, shared.admin, "SELECT count(*) FROM job_seekers") == "done"
