"""Tampering shows: the append-only logs are hash chains that ``deskapp check`` verifies,
with the triggers that guard them (issue "Nothing lost, no one in", item 9).

Each tampering below is what someone with the database file (sqlite3) or the
server's owner account (psql) can do: lift the append-only triggers, change the
rows, put the triggers back. It is done in a transaction that is rolled back, and
the verification reads the same transaction. The expected lines are worked out
from the position of the changed line (``n`` lines in the access log).
"""

from __future__ import annotations

import io
import itertools
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY, counselor_at, rows
from sqlalchemy import Connection, text

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.chain import CHAINED_FIELDS, link
from deskapp.domain.commands import ChangeRecord, RegisterSeeker
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.store import migrate
from deskapp.store.chain import CHAINED_MODELS, SQLITE_GUARDS, verify_chains, verify_guards

TAMPERED = "연쇄 해시가 맞지 않습니다: 이 줄이 기록된 뒤 바뀌었거나 앞 줄이 바뀌었습니다."


def _fill(workspace: Workspace, admin: Actor) -> dict[str, int]:
    """Lines in all three logs: accounts, log-ins, registrations, corrections, a purge."""
    plus = counselor_at(workspace, admin, "plus")
    records, corrections = workspace.records, workspace.corrections
    old = records.register_seeker(
        plus,
        RegisterSeeker(
            name="오래된", registered_on=date(2015, 3, 2), phone="01011112222", consented=True
        ),
    )
    recent = records.register_seeker(
        plus,
        RegisterSeeker(
            name="최근", registered_on=date(2018, 10, 1), phone="01033334444", consented=True
        ),
    )
    for number, phone in ((old.number, "01055556666"), (recent.number, "01077778888")):
        corrections.change(
            plus, ChangeRecord(RecordKind.SEEKER, number, {"연락처": phone}, "번호 변경")
        )
    workspace.privacy.purge(admin, 3)  # 오래된 is anonymized: its history's values emptied
    counts = {t: len(rows(workspace, f"SELECT id FROM {t}")) for t in CHAINED_FIELDS}
    return counts


def _ids(connection: Connection, table: str) -> list[int]:
    return [r[0] for r in connection.execute(text(f"SELECT id FROM {table} ORDER BY chain_seq"))]


@contextmanager
def _unguarded(connection: Connection, table: str) -> Iterator[None]:
    """The append-only triggers of ``table`` lifted, then put back as they were."""
    if connection.dialect.name == "sqlite":
        guards = [sql for name, (t, sql) in SQLITE_GUARDS.items() if t == table]
        for name in [n for n, (t, _) in SQLITE_GUARDS.items() if t == table]:
            connection.execute(text(f"DROP TRIGGER {name}"))
        yield
        for sql in guards:
            connection.execute(text(sql))
    else:
        connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))
        yield
        connection.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {table}_append_only"))


def _rechain(connection: Connection, table: str) -> None:
    """What someone who knows the encoding can do: compute every link and the anchor again."""
    fields = CHAINED_FIELDS[table]
    model = next(m for m, c in CHAINED_MODELS.items() if c == table)
    types = {c.name: c.type for c in model.__table__.columns}
    typed = text(f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY chain_seq").columns(
        **{name: types[name] for name in ("id", *fields)}
    )
    previous, seq = "0" * 64, 0
    with _unguarded(connection, table):
        for row in connection.execute(typed).mappings().all():
            seq += 1
            previous = link(previous, table, seq, [row[name] for name in fields])
            connection.execute(
                text(f"UPDATE {table} SET chain_seq = :seq, chain_hash = :hash WHERE id = :id"),
                {"seq": seq, "hash": previous, "id": row["id"]},
            )
    connection.execute(
        text("UPDATE log_chain SET last_seq = :seq, last_hash = :hash WHERE chain = :chain"),
        {"seq": seq, "hash": previous, "chain": table},
    )


Scenario = Callable[[Connection, list[int]], object]


def _sql(connection: Connection, table: str, *statements: str) -> None:
    with _unguarded(connection, table):
        for statement in statements:
            connection.execute(text(statement))


def _neuter(connection: Connection, ids: list[int]) -> None:
    """Keep the trigger's name, take away its refusal."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER access_log_no_delete"))
        harmless = "BEFORE DELETE ON access_log BEGIN SELECT 1; END"
        connection.execute(text(f"CREATE TRIGGER access_log_no_delete {harmless}"))
    else:
        connection.execute(
            text(
                "CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger "
                "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$"
            )
        )


def _drop_trigger(connection: Connection, ids: list[int]) -> None:
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER access_log_no_delete"))
    else:
        connection.execute(text("DROP TRIGGER access_log_append_only ON access_log"))


def _disable_trigger(connection: Connection, ids: list[int]) -> None:
    if connection.dialect.name == "sqlite":  # SQLite has no DISABLE: a trigger made harmless
        connection.execute(text("DROP TRIGGER account_events_no_update"))
        connection.execute(
            text(
                "CREATE TRIGGER account_events_no_update BEFORE UPDATE ON account_events "
                "WHEN 0 BEGIN SELECT RAISE(ABORT, 'account_events is append-only'); END"
            )
        )
    else:
        connection.execute(
            text("ALTER TABLE account_events DISABLE TRIGGER account_events_append_only")
        )


def _edit_and_rechain(connection: Connection, ids: list[int]) -> None:
    _sql(
        connection, "access_log", f"UPDATE access_log SET detail = '조회 없음' WHERE id = {ids[2]}"
    )
    _rechain(connection, "access_log")


def _delete_newest_and_rechain(connection: Connection, ids: list[int]) -> None:
    _sql(connection, "access_log", f"DELETE FROM access_log WHERE id = {ids[-1]}")
    _rechain(connection, "access_log")


SCENARIOS: dict[str, Scenario] = {
    "drop a trigger": _drop_trigger,
    "make a trigger harmless": _neuter,
    "disable a trigger": _disable_trigger,
    "delete a line": lambda c, ids: _sql(
        c, "access_log", f"DELETE FROM access_log WHERE id = {ids[2]}"
    ),
    "edit a line": lambda c, ids: _sql(
        c, "access_log", f"UPDATE access_log SET detail = '조회 없음' WHERE id = {ids[2]}"
    ),
    "delete the newest line": lambda c, ids: _sql(
        c, "access_log", f"DELETE FROM access_log WHERE id = {ids[-1]}"
    ),
    "insert an unchained line": lambda c, ids: c.execute(
        text(
            "INSERT INTO access_log (at, username, host, action, detail) VALUES "
            "('2018-10-30 09:00:00', 'admin', 'x', 'view', '가짜')"
        )
    ),
    "insert a line with a made-up link": lambda c, ids: c.execute(
        text(
            "INSERT INTO access_log (id, at, username, host, action, detail, chain_seq,"
            " chain_hash) VALUES (100000, '2018-10-30 09:00:00', 'admin', 'x', 'view', '가짜',"
            f" {len(ids) + 1},"
            f" '{'ab' * 32}')"
        )
    ),
    "swap two lines' contents": lambda c, ids: _sql(
        c,
        "access_log",
        f"UPDATE access_log SET username = 'swap', detail = (SELECT detail FROM access_log"
        f" WHERE id = {ids[1]}) WHERE id = {ids[2]}",
    ),
    "edit an account event": lambda c, ids: _sql(
        c, "account_events", "UPDATE account_events SET action = 'disable' WHERE chain_seq = 2"
    ),
    "edit a change's value": lambda c, ids: _sql(
        c,
        "record_changes",
        "UPDATE record_changes SET new_value = '010-0000-0000' WHERE chain_seq = 2",
    ),
    "empty a living person's change as if purged": lambda c, ids: c.execute(
        text(
            "UPDATE record_changes SET old_value = NULL, new_value = NULL, values_salt = NULL,"
            " redacted = TRUE WHERE chain_seq = 2"
        )
    ),  # the trigger allows this form (it is the purge's): the check looks at the person
    "edit a line and compute the chain again": _edit_and_rechain,
    "delete the newest line and move the anchor": _delete_newest_and_rechain,
}


def _found(workspace: Workspace, scenario: Scenario) -> tuple[list[str], int]:
    with workspace.db.engine.connect() as connection:
        transaction = connection.begin()
        try:
            ids = _ids(connection, "access_log")
            scenario(connection, ids)
            found = verify_guards(connection) + verify_chains(connection)
        finally:
            transaction.rollback()
    return found, len(ids)


def test_check_finds_each_kind_of_tampering(workspace: Workspace, admin: Actor) -> None:
    counts = _fill(workspace, admin)
    assert counts["record_changes"] == 2 and counts["account_events"] == 2
    report = workspace.check.run()
    assert report.ok and report.trail == []
    sqlite = workspace.db.engine.dialect.name == "sqlite"
    found = {name: _found(workspace, scenario) for name, scenario in SCENARIOS.items()}
    n = found["edit a line"][1]
    with workspace.db.engine.connect() as connection:
        ids = _ids(connection, "access_log")
        change_ids = _ids(connection, "record_changes")
        event_ids = _ids(connection, "account_events")
    guard = "access_log_no_delete" if sqlite else "access_log_append_only"
    events_guard = "account_events_no_update" if sqlite else "account_events_append_only"
    expected = {
        "drop a trigger": [f"접속기록의 수정·삭제 금지 트리거({guard})가 없습니다: 지워졌습니다."],
        "make a trigger harmless": [
            f"접속기록의 수정·삭제 금지 트리거({guard})가 바뀌었습니다."
            if sqlite
            else f"접속기록의 수정·삭제 금지 트리거({guard})의 함수가 바뀌었습니다."
        ],
        "disable a trigger": [
            f"계정 이력의 수정·삭제 금지 트리거({events_guard})가 바뀌었습니다."
            if sqlite
            else f"계정 이력의 수정·삭제 금지 트리거({events_guard})가 꺼져 있습니다 "
            "(DISABLE TRIGGER)."
        ],
        # Line 3 gone: line 4 follows line 2.
        "delete a line": ["접속기록 순번 3 줄이 없습니다: 지워졌습니다."],
        "edit a line": [f"접속기록 순번 3 (id {ids[2]}) 줄의 {TAMPERED}"],
        "delete the newest line": [
            f"접속기록 마지막 줄(순번 {n})이 지워졌습니다: 기준값은 순번 {n}입니다."
        ],
        "insert an unchained line": [
            "접속기록 1줄에 연쇄 해시가 없습니다 (deskapp 밖에서 넣은 줄입니다)."
        ],
        "insert a line with a made-up link": [
            f"접속기록 순번 {n + 1} (id 100000) 줄의 {TAMPERED}",
            f"접속기록 기준값(순번 {n}) 뒤에 줄이 1개 더 있습니다: deskapp 밖에서 넣은 줄입니다.",
        ],
        "swap two lines' contents": [f"접속기록 순번 3 (id {ids[2]}) 줄의 {TAMPERED}"],
        "edit an account event": [f"계정 이력 순번 2 (id {event_ids[1]}) 줄의 {TAMPERED}"],
        "edit a change's value": [
            f"변경 이력 순번 2 (id {change_ids[1]}) 줄의 이전 값·새 값이 기록된 뒤 바뀌었습니다."
        ],
        "empty a living person's change as if purged": [
            "변경 이력 1줄의 이전 값·새 값이 지워졌는데 그 구직자는 익명 처리되지 않았습니다: "
            "파기 기능 밖에서 지운 값입니다."
        ],
        # Rewritten from the changed line on, anchor included: the database alone cannot
        # tell (the backup copies can: test_a_rewrite_older_than_a_backup_shows_against_it).
        "edit a line and compute the chain again": [],
        "delete the newest line and move the anchor": [],
    }
    assert {name: lines for name, (lines, _) in found.items()} == expected
    assert workspace.check.run().ok  # every tampering was rolled back


def _tamper_file(path: Path) -> None:
    """As the issue has it, with the sqlite3 module: drop the append-only triggers, delete
    one line and edit another, create the triggers again."""
    connection = sqlite3.connect(path)
    with connection:
        for name in ("access_log_no_update", "access_log_no_delete"):
            connection.execute(f"DROP TRIGGER {name}")
        ids = [r[0] for r in connection.execute("SELECT id FROM access_log ORDER BY id")]
        connection.execute("DELETE FROM access_log WHERE id = ?", (ids[1],))
        connection.execute("UPDATE access_log SET detail = '없음' WHERE id = ?", (ids[3],))
        for name in ("access_log_no_update", "access_log_no_delete"):
            connection.execute(SQLITE_GUARDS[name][1])
    connection.close()


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


@SQLITE_ONLY
def test_deskapp_check_fails_on_lines_deleted_and_edited_behind_its_back(
    workspace: Workspace, admin: Actor
) -> None:
    _fill(workspace, admin)
    path = workspace.db.path
    assert path is not None
    workspace.close()
    code, out, _ = _cli("check", "--db", str(path))
    assert code == 0 and "이상 없음" in out
    with sqlite3.connect(path) as connection:
        ids = [r[0] for r in connection.execute("SELECT id FROM access_log ORDER BY id")]
    _tamper_file(path)
    code, out, err = _cli("check", "--db", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "기록 보호: 접속기록 순번 2 줄이 없습니다: 지워졌습니다.",
        f"기록 보호: 접속기록 순번 4 (id {ids[3]}) 줄의 {TAMPERED}",
        "deskapp: 검사에서 문제 2건을 찾았습니다.",
    ]


@SQLITE_ONLY
@pytest.mark.parametrize("rewrite", ["edit line 3", "cut the newest 3 lines"])
def test_a_rewrite_older_than_a_backup_shows_against_it(
    workspace: Workspace, admin: Actor, rewrite: str
) -> None:
    """Undetectable in the database alone (every later link and the anchor computed
    again): the copies' anchors tell."""
    _fill(workspace, admin)
    copy = workspace.backups.backup(admin)
    workspace.audit.record(admin, AccessAction.LOGOUT)  # and work goes on
    purge = rows(workspace, "SELECT chain_seq FROM access_log WHERE action = 'purge'")[0][0]
    assert isinstance(purge, int)
    before_purge = next(c for c in workspace.backups.copies() if c.reason == "before-purge")
    with workspace.db.engine.begin() as connection:
        ids = _ids(connection, "access_log")
        seq = connection.execute(text("SELECT last_seq FROM log_chain WHERE chain = 'access_log'"))
        n = seq.scalar()
        assert n is not None
        if rewrite == "edit line 3":
            change = f"UPDATE access_log SET detail = '없음' WHERE id = {ids[2]}"
        else:  # the purge's line (the backup's anchor), the backup's own and the log-out
            change = f"DELETE FROM access_log WHERE id IN ({ids[-3]}, {ids[-2]}, {ids[-1]})"
        _sql(connection, "access_log", change)
        _rechain(connection, "access_log")
        assert verify_chains(connection) == []
    # Each copy's anchor is the line written just before it was taken: for this backup,
    # the one before its own line and the log-out (n - 2, the purge's); for the purge's
    # copy, the one before the purge's line. Line 3 is before both; the cut lines start
    # after the purge's copy.
    anchors = [(n - 2, copy.name)]
    if rewrite == "edit line 3":
        anchors.append((purge - 1, before_purge.path.name))
    report = workspace.check.run()
    assert sorted(report.trail) == sorted(
        f"접속기록 순번 {seq} 줄이 백업 {name}에 남은 것과 다르거나 없습니다: "
        "그 사본을 만든 뒤에 기록이 바뀌었거나 지워졌습니다."
        for seq, name in anchors
    )


CHILD = """
import sys, time
from pathlib import Path
from deskapp.domain.audit import AccessAction
from deskapp.services.workspace import Workspace
db, user, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
workspace = Workspace.open(db)
actor = workspace.accounts.authenticate(user, sys.argv[5])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.002)
for number in range(count):
    workspace.audit.record(actor, AccessAction.VIEW, detail=f"{user} {number}")
    time.sleep(0.02)  # a moment between two actions, as at a desk: the two overlap surely
workspace.close()
"""


def test_two_processes_appending_at_once_keep_one_chain(
    workspace: Workspace, admin: Actor, db_url: str, tmp_path: Path
) -> None:
    """Without the chain lock both would link to the same newest line (PostgreSQL), and
    one would fail on the unique place or the chain would fork."""
    for desk in ("plus", "dong"):
        counselor_at(workspace, admin, desk)
    go, count = tmp_path / "go", 25
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, db_url, user, str(count), str(go), PASSWORD],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        for user in ("c-plus", "c-dong")
    ]
    for child in children:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
    go.touch()
    for child in children:
        _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    order = [
        str(user)
        for (user,) in rows(
            workspace,
            "SELECT username FROM access_log WHERE action = 'view' AND detail LIKE 'c-%'"
            " ORDER BY chain_seq",
        )
    ]
    assert sorted(order) == ["c-dong"] * count + ["c-plus"] * count
    switches = sum(1 for a, b in itertools.pairwise(order) if a != b)
    assert switches >= 2, order  # they really did write at the same time
    report = workspace.check.run()
    assert report.trail == []


def test_the_revision_chains_the_lines_written_before_it(
    workspace: Workspace, admin: Actor
) -> None:
    """Down to 0009 (no chain), lines written there, up again: every line is chained in id
    order, a purged change keeps no salt, and the check finds nothing."""
    from alembic import command

    _fill(workspace, admin)
    config = migrate._config()
    with workspace.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
        connection.execute(
            text(
                "INSERT INTO access_log (at, username, host, action, detail) VALUES"
                " ('2018-10-30 09:00:00.123456', '옛사람', 'desk-1', 'view', '0009에서 쓴 줄')"
            )
        )
    with workspace.db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    lines = rows(workspace, "SELECT id, chain_seq FROM access_log ORDER BY id")
    assert [seq for _, seq in lines] == list(range(1, len(lines) + 1))
    assert rows(
        workspace, "SELECT redacted, values_salt IS NULL FROM record_changes ORDER BY id"
    ) == [
        (1, 1),  # 오래된's change, emptied by the purge
        (0, 0),
    ]
    report = workspace.check.run()
    assert report.ok, report.lines()
    # Lines written after the upgrade continue the chain (the log-in sessions went with
    # the downgrade, so the administrator logs in again).
    admin = workspace.accounts.authenticate(admin.username, PASSWORD)
    workspace.audit.record(admin, AccessAction.LOGOUT)
    assert workspace.check.run().trail == []
