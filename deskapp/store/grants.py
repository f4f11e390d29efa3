"""Shared mode's database roles: what each PostgreSQL role may do to deskapp's tables.

Three roles share a database (README, "Shared mode: who may do what"):

* the **owner** owns the tables; it creates and upgrades the schema and sets the grants
  (an administrator's set-up only, never a desk);
* the **application role** (``deskapp_app``), the desks': it reads every table, adds and
  changes records (it deletes none, only a seeker's groups and 경력 lines and the
  occupation list when it is replaced), and only appends to the access log, the
  account events and the change history. It may change no more of an account than
  the log-in writes (failed log-ins, lock, password hash), owns nothing, and has no
  TRUNCATE, TRIGGER or REFERENCES privilege: ``ALTER TABLE … DISABLE TRIGGER``,
  ``DROP`` and ``CREATE`` are the owner's;
* the **administrator role** (``deskapp_admin``, optional), the administrator's PC: the
  application role's grants, and account management and the retention purge's
  emptying of history values.

``apply_roles`` (``deskapp grant``) records the two roles in ``database_roles`` and sets
exactly the grants below, taking away any others; ``reapply`` does it again for the
recorded roles after every upgrade (``deskapp/store/migrate.py``), in the upgrade's
transaction, so a table a new revision adds is granted as soon as it exists. The daily
counts are kept by a SECURITY DEFINER trigger function (revision 0012): the desks only
read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from deskapp.domain.errors import DatabaseError, PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate

APP, ADMIN = "app", "admin"
#: Each kind of role, as shown (translate with context "grants" where shown).
KIND_LABELS = {APP: noop("grants", "For the desks"), ADMIN: noop("grants", "For the administrator")}

_READ = ("SELECT",)
_APPEND = ("SELECT", "INSERT")
_RECORD = ("SELECT", "INSERT", "UPDATE")
_LIST = ("SELECT", "INSERT", "UPDATE", "DELETE")

#: The columns of ``users`` a log-in writes (the application role may change no other).
LOGIN_COLUMNS = ("failed_logins", "locked_until", "password_hash", "password_changed_at")
#: The columns of ``record_changes`` the retention purge empties (its trigger lets them
#: only be emptied, with ``redacted`` set).
REDACTED_COLUMNS = ("old_value", "new_value", "values_salt", "redacted")

#: table -> the application role's privileges. Every table of the schema is here or in
#: ``NOT_GRANTED`` (tests/test_shared_roles.py checks it against the models).
APP_GRANTS: dict[str, tuple[str, ...]] = {
    "alembic_version": _READ,
    "database_info": _READ,
    "desks": _READ,
    "desk_sites": _READ,
    "users": ("SELECT", f"UPDATE ({', '.join(LOGIN_COLUMNS)})"),
    "login_sessions": _RECORD,
    "imports": _APPEND,
    "job_seekers": _RECORD,
    "employers": _RECORD,
    "job_openings": _RECORD,
    "counseling_sessions": _RECORD,
    "referrals": _RECORD,
    "placements": _RECORD,
    "retention_checks": _RECORD,
    "seeker_merges": _RECORD,
    "seeker_groups": _LIST,
    "seeker_careers": _LIST,
    "target_groups": _RECORD,
    "occupations": _LIST,
    "month_closes": _RECORD,
    "yearly_targets": _RECORD,
    "daily_counts": _READ,
    "monthly_counts": _READ,
    "monthly_placements": _READ,
    "daily_splits": _READ,
    "monthly_splits": _READ,
    "placement_splits": _READ,
    "split_days_dirty": _READ,
    "seeker_search_keys": _READ,
    "seeker_name_beginnings": _READ,
    "search_key_spans": _READ,
    "employer_search_keys": _READ,
    "opening_search_keys": _READ,
    "access_log": _APPEND,
    "account_events": _APPEND,
    "record_changes": _APPEND,
    "log_chain": _RECORD,
    "events": _RECORD,
    "event_employers": _RECORD,
    "event_participants": _RECORD,
    "employer_contacts": _RECORD,
    "hiring_agreements": _RECORD,
    "programmes": _RECORD,
    "programme_sessions": _RECORD,
    "programme_enrolments": _RECORD,
    "programme_attendance": _LIST,
}
#: table -> what the administrator role has besides the application role's.
ADMIN_EXTRA: dict[str, tuple[str, ...]] = {
    "users": ("INSERT", "UPDATE"),
    "record_changes": (f"UPDATE ({', '.join(REDACTED_COLUMNS)})",),
    "imports": ("UPDATE (file_name)",),  # the purge masks resident numbers in file names
}
#: Tables no role but the owner touches.
NOT_GRANTED = ("database_roles",)


def grants(kind: str) -> dict[str, tuple[str, ...]]:
    """table -> privileges of a role of ``kind`` (APP or ADMIN)."""
    if kind == APP:
        return dict(APP_GRANTS)
    return {table: (*APP_GRANTS[table], *ADMIN_EXTRA.get(table, ())) for table in APP_GRANTS}


@dataclass(frozen=True)
class RoleGrants:
    """What ``apply_roles`` did for one role."""

    kind: str
    role: str
    tables: int  # tables granted something
    sequences: int  # id sequences it may draw from


@dataclass(frozen=True)
class GrantReport:
    """What ``apply_roles`` did: each role's grants, the roles revoked and what else changed."""

    roles: tuple[RoleGrants, ...]
    revoked: tuple[str, ...]  # roles recorded before whose grants were taken away
    notes: tuple[str, ...]  # what else was changed (the schema's CREATE, CONNECT)


# -- who is connected ---------------------------------------------------------------------


def is_postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def current_role(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar())


def can_migrate(connection: Connection) -> bool:
    """Whether the connected role may create or upgrade the schema: it has the rights of
    the owner of ``alembic_version`` (a superuser has), or, in a database without
    deskapp's tables, may create tables in the current schema. Always on SQLite."""
    if not is_postgresql(connection):
        return True
    owner = connection.execute(
        text(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.oid = to_regclass('alembic_version')"
        )
    ).first()
    if owner is not None:
        return bool(owner[0])
    return bool(
        connection.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')")).scalar()
    )


def can_manage_accounts(connection: Connection) -> bool:
    """Whether the connected role may add accounts and change their roles (always on SQLite)."""
    if not is_postgresql(connection):
        return True
    return bool(
        connection.execute(
            text(
                "SELECT has_table_privilege('users', 'INSERT') "
                "AND has_column_privilege('users', 'role', 'UPDATE') "
                "AND has_column_privilege('record_changes', 'old_value', 'UPDATE')"
            )
        ).scalar()
    )


def needs_owner_message(role: str, revision: str | None, head: str) -> str:
    """Why a role that cannot migrate stops before an older (or empty) schema."""
    if revision is None:
        return translate(
            "grants",
            "The database account '{role}' has no right to create deskapp's tables. Have an "
            "administrator create the database by running 'deskapp init --db OWNER_ADDRESS "
            "--admin ADMIN' as the owner account. The database was not changed.",
        ).format(role=role)
    return translate(
        "grants",
        "The database's schema ({revision}) is older than this deskapp's ({head}). This PC's "
        "database account '{role}' cannot change the schema. Have an administrator run "
        "'deskapp upgrade --db OWNER_ADDRESS' as the owner account, then open it again. The "
        "database was not changed.",
    ).format(revision=revision, head=head, role=role, role_josa=particle(role, "은/는"))


_DENIED = re.compile(r"permission denied for (?:table|relation|sequence|column) (\S+)")


def refusal(error: BaseException, role: str) -> PermissionDenied | None:
    """The refusal, in the language spoken, for a statement the database refused for want
    of a privilege (SQLSTATE 42501), or None for any other error."""
    if not isinstance(error, DBAPIError):
        return None
    if getattr(error.orig, "sqlstate", None) != "42501":
        return None
    found = _DENIED.search(str(error.orig))
    if found:
        refused = translate(
            "grants",
            "This PC's database account '{role}' has no right to do this (table {table}). "
            "Manage accounts and purge personal data on a PC connected with the administrator's "
            "database account. For anything else, tell the administrator (running 'deskapp "
            "grant' again as the owner account brings the rights in line).",
        )
    else:
        refused = translate(
            "grants",
            "This PC's database account '{role}' has no right to do this. Manage accounts and "
            "purge personal data on a PC connected with the administrator's database account. "
            "For anything else, tell the administrator (running 'deskapp grant' again as the "
            "owner account brings the rights in line).",
        )
    return PermissionDenied(refused.format(role=role, table=found.group(1) if found else ""))


def account_management_notice(role: str) -> str:
    """What an administrator is told on a PC whose database role cannot manage accounts."""
    return translate(
        "grants",
        "This PC is connected with the desks' database account '{role}', so it cannot add "
        "accounts, change roles, disable accounts, reset passwords or purge personal data. Do "
        "these on a PC connected with the administrator's database account.",
    ).format(role=role)


# -- setting the grants -------------------------------------------------------------------


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _flag(connection: Connection, sql: str, **params: object) -> bool:
    return bool(connection.execute(text(sql), params).scalar())


def _owner(connection: Connection) -> str:
    owner = connection.execute(
        text(
            "SELECT pg_get_userbyid(c.relowner) FROM pg_class c "
            "WHERE c.oid = to_regclass('alembic_version')"
        )
    ).scalar()
    if owner is None:
        raise DatabaseError(
            translate(
                "grants",
                "This database has no deskapp tables. Run 'deskapp init' as the owner account "
                "first.",
            )
        )
    return str(owner)


def role_problems(connection: Connection, role: str, option: str, owner: str) -> list[str]:
    """Why ``role`` cannot be given a desk's or an administrator's grants (empty if it can)."""
    row = connection.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = :role"),
        {"role": role},
    ).first()
    if row is None:
        missing = translate(
            "grants",
            "{option} {role}: the database server has no such role. Create it first "
            "(e.g. sudo -u postgres createuser --pwprompt {role}).",
        )
        return [missing.format(option=option, role=role)]
    superuser, create_role = row
    problems = []
    if superuser:
        superuser_text = translate("grants", "{option} {role}: a superuser, so it has every right.")
        problems.append(superuser_text.format(option=option, role=role))
    elif _flag(connection, "SELECT pg_has_role(:role, :owner, 'MEMBER')", role=role, owner=owner):
        owns = translate(
            "grants",
            "{option} {role}: the tables' owner ({owner}) or a member of it, so it can change "
            "and delete the tables. Give a role made for this.",
        )
        problems.append(owns.format(option=option, role=role, owner=owner))
    if create_role:
        creates = translate(
            "grants",
            "{option} {role}: it can create other roles and grant rights (CREATEROLE). Run "
            "ALTER ROLE {role} NOCREATEROLE, then run this again.",
        )
        problems.append(creates.format(option=option, role=role))
    # PostgreSQL 14 and newer: a member of pg_write_all_data may write (and delete) every row.
    writer = "pg_write_all_data"
    if (
        not superuser
        and _flag(connection, "SELECT to_regrole(:name) IS NOT NULL", name=writer)
        and _flag(connection, "SELECT pg_has_role(:role, :w, 'MEMBER')", role=role, w=writer)
    ):
        writes = translate(
            "grants",
            "{option} {role}: a member of {writer}, so it can change and delete every table's "
            "rows. Run REVOKE {writer} FROM {role}, then run this again.",
        )
        problems.append(writes.format(option=option, role=role, writer=writer))
    return problems


def _tables(connection: Connection) -> list[str]:
    """deskapp's tables in the current schema (the policy's, as far as they exist)."""
    known = set(APP_GRANTS) | set(NOT_GRANTED)
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    )
    return sorted(name for (name,) in rows if name in known)


def _sequences(connection: Connection) -> dict[str, list[str]]:
    """table -> the sequences of its columns (serial ids), as quoted names."""
    rows = connection.execute(
        text(
            "SELECT t.relname, s.oid::regclass::text FROM pg_class s "
            "JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass "
            "AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') "
            "JOIN pg_class t ON t.oid = d.refobjid "
            "WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace"
        )
    )
    found: dict[str, list[str]] = {}
    for table, sequence in rows:
        found.setdefault(str(table), []).append(str(sequence))
    return found


def _revoke_all(connection: Connection, grantee: str) -> None:
    """Take every privilege on deskapp's tables and their sequences from ``grantee``
    (a quoted role name, or PUBLIC); a table's column privileges go with it."""
    sequences = _sequences(connection)
    for table in _tables(connection):
        connection.execute(text(f"REVOKE ALL ON TABLE {_quote(connection, table)} FROM {grantee}"))
        for sequence in sequences.get(table, []):
            connection.execute(text(f"REVOKE ALL ON SEQUENCE {sequence} FROM {grantee}"))


def _grant(connection: Connection, role: str, kind: str) -> RoleGrants:
    """Give ``role`` exactly the grants of ``kind`` on the tables that exist."""
    grantee = _quote(connection, role)
    _revoke_all(connection, grantee)
    policy = grants(kind)
    sequences = _sequences(connection)
    tables = drawn = 0
    for table in _tables(connection):
        privileges = policy.get(table, ())
        if not privileges:
            continue
        tables += 1
        connection.execute(
            text(f"GRANT {', '.join(privileges)} ON TABLE {_quote(connection, table)} TO {grantee}")
        )
        if "INSERT" in privileges:
            for sequence in sequences.get(table, []):
                connection.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {grantee}"))
                drawn += 1
    schema = _quote(connection, str(connection.execute(text("SELECT current_schema()")).scalar()))
    connection.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {grantee}"))
    return RoleGrants(kind, role, tables, drawn)


def _close_schema(connection: Connection, roles: list[str]) -> list[str]:
    """No role of ``roles`` may create objects in the schema or fail to connect; what was
    changed. DatabaseError when the connected role cannot make it so."""
    notes: list[str] = []
    schema = str(connection.execute(text("SELECT current_schema()")).scalar())
    creators = [
        role
        for role in roles
        if _flag(connection, "SELECT has_schema_privilege(:r, current_schema(), 'CREATE')", r=role)
    ]
    if creators:
        owns = _flag(
            connection,
            "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace "
            "WHERE nspname = current_schema()",
        )
        if owns:
            quoted = _quote(connection, schema)
            connection.execute(text(f"REVOKE CREATE ON SCHEMA {quoted} FROM PUBLIC"))
            for role in creators:
                connection.execute(
                    text(f"REVOKE CREATE ON SCHEMA {quoted} FROM {_quote(connection, role)}")
                )
            closed = translate(
                "grants",
                "Revoked the right to create tables (CREATE) in schema {schema} from PUBLIC.",
            )
            notes.append(closed.format(schema=schema))
        still = [
            role
            for role in creators
            if _flag(
                connection, "SELECT has_schema_privilege(:r, current_schema(), 'CREATE')", r=role
            )
        ]
        if still:
            roles_text = ", ".join(still)
            raise DatabaseError(
                translate(
                    "grants",
                    "The roles {roles} can create tables and functions in schema {schema} "
                    "(CREATE). Run 'REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC' as a superuser, "
                    "then run this again. Nothing was changed.",
                ).format(roles=roles_text, roles_josa=particle(roles_text, "이/가"), schema=schema)
            )
    for role in roles:
        if not _flag(
            connection, "SELECT has_database_privilege(:r, current_database(), 'CONNECT')", r=role
        ):
            database = str(connection.execute(text("SELECT current_database()")).scalar())
            connection.execute(
                text(
                    f"GRANT CONNECT ON DATABASE {_quote(connection, database)} "
                    f"TO {_quote(connection, role)}"
                )
            )
            connect = translate(
                "grants", "Granted the role {role} the right to connect to database {database}."
            )
            notes.append(connect.format(role=role, database=database))
    return notes


def recorded_roles(connection: Connection) -> dict[str, str]:
    """kind -> role recorded by ``deskapp grant`` (empty before revision 0012)."""
    exists = connection.execute(text("SELECT to_regclass('database_roles')")).scalar()
    if exists is None:
        return {}
    rows = connection.execute(text("SELECT kind, name FROM database_roles"))
    return {str(kind): str(name) for kind, name in rows}


def _exists(connection: Connection, role: str) -> bool:
    return _flag(connection, "SELECT count(*) > 0 FROM pg_roles WHERE rolname = :r", r=role)


def apply_roles(connection: Connection, app: str, admin: str | None) -> GrantReport:
    """Record ``app`` (and ``admin``, else the administrator role recorded before) as the
    database's roles and give each exactly its grants; a role recorded before in the same
    place loses all of its. Run by the owner, in one transaction: on any problem nothing
    is changed (ValidationError for the roles, PermissionDenied for a role that is not the
    owner, DatabaseError otherwise)."""
    if not is_postgresql(connection):
        raise DatabaseError(
            translate(
                "grants",
                "A SQLite file has no database roles. 'deskapp grant' is for a shared-mode "
                "(PostgreSQL) database.",
            )
        )
    owner = _owner(connection)
    if not can_migrate(connection):
        role = current_role(connection)
        raise PermissionDenied(
            translate(
                "grants",
                "The database account '{role}' is not the tables' owner ({owner}), so it cannot "
                "grant rights. Run this with the owner account's address.",
            ).format(role=role, role_josa=particle(role, "은/는"), owner=owner)
        )
    before = recorded_roles(connection)
    admin = admin or before.get(ADMIN)
    problems = role_problems(connection, app, "--app", owner)
    if admin is not None:
        if admin == app:
            same = translate("grants", "--admin-role {role}: must differ from the desks' role.")
            problems.append(same.format(role=admin))
        else:
            problems += role_problems(connection, admin, "--admin-role", owner)
            if not problems and _flag(
                connection, "SELECT pg_has_role(:a, :b, 'MEMBER')", a=app, b=admin
            ):
                member = translate(
                    "grants",
                    "--app {app}: a member of the administrator's role {admin}, so it has all "
                    "of its rights.",
                )
                problems.append(member.format(app=app, admin=admin))
    if problems:
        field = translate("grants", "Role")
        raise ValidationError.many([(field, problem) for problem in problems])
    wanted = {APP: app, **({ADMIN: admin} if admin else {})}
    revoked = []
    for role in before.values():
        if role not in wanted.values() and _exists(connection, role):
            _revoke_all(connection, _quote(connection, role))
            revoked.append(role)
    connection.execute(text("DELETE FROM database_roles"))
    for kind, role in wanted.items():
        connection.execute(
            text("INSERT INTO database_roles (kind, name) VALUES (:kind, :name)"),
            {"kind": kind, "name": role},
        )
    _revoke_all(connection, "PUBLIC")
    done = tuple(_grant(connection, role, kind) for kind, role in wanted.items())
    notes = _close_schema(connection, list(wanted.values()))
    return GrantReport(done, tuple(revoked), tuple(notes))


def reapply(connection: Connection) -> list[RoleGrants]:
    """Give the recorded roles (those still on the server) their grants again, on the
    tables as they are now: called after every upgrade of a PostgreSQL schema."""
    if not is_postgresql(connection):
        return []
    return [
        _grant(connection, role, kind)
        for kind, role in sorted(recorded_roles(connection).items())
        if _exists(connection, role)
    ]


def cannot_read_message(role: str, error: BaseException) -> str | None:
    """Why a role without its grants (``deskapp grant`` not run yet) cannot open deskapp, or
    None when ``error`` is not a table refused to it."""
    if refusal(error, role) is None:
        return None
    found = _DENIED.search(str(getattr(error, "orig", error)))
    if found is None:
        return None
    return translate(
        "grants",
        "The database account '{role}' has no right to read deskapp's tables (table {table}). "
        "An administrator must run 'deskapp grant --db OWNER_ADDRESS --app {role}' as the owner "
        "account.",
    ).format(role=role, table=found.group(1))
