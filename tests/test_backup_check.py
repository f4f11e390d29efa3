"""Backups (online copy, rotation, restore) and ``deskapp check`` (issue 5)."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.services.backup import BackupInfo, BackupService, to_keep
from deskapp.services.workspace import Workspace
from tests.conftest import PASSWORD, SQLITE_ONLY
from tests.workbooks import valid_sheets, write_book

YEAR = Period.year(2018)


def _fill(workspace: Workspace, admin: Actor, tmp_path: Path) -> None:
    workspace.imports.import_workbook(admin, write_book(tmp_path / "r.xlsx", valid_sheets()))


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2026, 11, 27, 9, 0)
    backups = [
        BackupInfo(Path(f"b{i}-{h}"), start - timedelta(days=i, hours=h), "daily", 1)
        for i in range(400)
        for h in (0, 5)
    ]
    keep = to_keep(backups)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.made_at, reverse=True)
    latest, older = kept[:10], kept[10:]
    assert latest == sorted(backups, key=lambda b: b.made_at, reverse=True)[:10]
    days = {b.made_at.date() for b in older}
    assert len(days) == len(older)  # beyond the newest ten: one copy a day at most ...
    assert all(b.made_at.hour == 9 for b in older)  # ... the newest of its day
    assert {(start - timedelta(days=i)).date() for i in range(7)} <= {
        b.made_at.date() for b in kept
    }
    months = {(b.made_at.year, b.made_at.month) for b in kept}
    assert len(months) == 12
    assert max(months) == (2026, 11) and min(months) == (2025, 12)
    assert len(kept) <= 10 + 7 + 4 + 12
    assert to_keep([]) == set()


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_backup_restores_to_identical_statistics(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    _fill(workspace, admin, tmp_path)
    before = workspace.statistics.table(admin, YEAR)
    copy = workspace.backups.backup(admin)
    assert copy.parent.name == "backups" and copy.name.endswith("-manual.sqlite3")
    # Work goes on after the backup ...
    for day in (date(2018, 5, 1), date(2018, 5, 2)):
        seeker = workspace.records.register_seeker(
            counselor, RegisterSeeker(name="추가분", registered_on=day, consented=True)
        )
        workspace.records.log_session(counselor, LogSession(seeker.number, day))
    assert workspace.statistics.table(admin, YEAR) != before
    # ... and the restore brings back exactly the figures of the copy.
    saved = workspace.backups.restore(admin, copy)
    assert saved.exists() and "before-restore" in saved.name
    assert workspace.statistics.table(admin, YEAR) == before
    assert workspace.check.run().ok
    # The restore can itself be undone from the copy it saved.
    workspace.backups.restore(admin, saved)
    assert workspace.statistics.table(admin, YEAR).total.sessions == before.total.sessions + 2


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_backup_is_consistent_while_another_process_writes(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    path = workspace.db.path
    assert path is not None
    workspace.records.register_seeker(
        counselor, RegisterSeeker(name="가", registered_on=date(2018, 1, 2), consented=True)
    )
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE job_seekers SET name = '쓰는중'")  # not committed
    copy = workspace.backups.take("manual", tmp_path / "copy.sqlite3")
    other.execute("ROLLBACK")
    other.close()
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT name FROM job_seekers").fetchall() == [("가",)]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_restore_refuses_what_is_not_a_sound_deskapp_database(
    workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    _fill(workspace, admin, tmp_path)
    before = workspace.statistics.table(admin, YEAR)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    for bad in (garbage, other, tmp_path / "missing.sqlite3"):
        with pytest.raises(ValidationError):
            workspace.backups.restore(admin, bad)
    assert workspace.statistics.table(admin, YEAR) == before
    with pytest.raises(PermissionDenied):
        workspace.backups.restore(counselor, garbage)


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_the_first_start_of_each_day_takes_a_copy(workspace: Workspace) -> None:
    now = [datetime(2026, 11, 27, 8, 0)]
    backups = BackupService(workspace.db, clock=lambda: now[0])
    first = backups.daily()
    assert first is not None and first.exists()
    now[0] += timedelta(hours=3)
    assert backups.daily() is None
    now[0] += timedelta(days=1)
    assert backups.daily() is not None
    assert len(backups.copies()) == 2


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_an_import_and_a_purge_take_a_copy_first(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    _fill(workspace, admin, tmp_path)
    workspace.privacy.purge(admin, 5)
    reasons = sorted(b.reason for b in workspace.backups.copies())
    assert reasons == ["before-import", "before-purge"]


def _corrupt_an_index(path: Path) -> None:
    """Make the statistics index miss rows the table has (a stale index)."""
    name = "ix_counseling_sessions_stats"
    connection = sqlite3.connect(path)
    entry = connection.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?", (name,)
    ).fetchone()
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("DELETE FROM sqlite_master WHERE name = ?", (name,))
    connection.commit()
    connection.close()
    connection = sqlite3.connect(path)
    for _ in range(3):
        connection.execute(
            "INSERT INTO counseling_sessions (seeker_id, session_on, desk_id, created_at, void)"
            " SELECT id, '2018-06-01', 1, '2018-06-01 00:00:00', 0 FROM job_seekers LIMIT 1"
        )
    connection.commit()
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
    connection.commit()
    connection.close()


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_check_finds_a_stale_index_and_a_dangling_reference(
    workspace: Workspace, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(workspace, admin, tmp_path)
    report = workspace.check.run()
    assert report.ok and report.years == [2017, 2018]
    path = workspace.db.path
    assert path is not None
    workspace.close()
    assert _cli("check", "--db", str(path))[0] == 0
    _corrupt_an_index(path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(
            "INSERT INTO referrals (seeker_id, opening_id, referred_on, desk_id, created_at, void)"
            " VALUES (9999, 1, '2018-06-02', 1, '2018-06-02 00:00:00', 0)"
        )
    reopened = Workspace.open(str(path))
    try:
        report = reopened.check.run()
    finally:
        reopened.close()
    assert report.integrity and any("ix_counseling_sessions_stats" in p for p in report.integrity)
    assert report.foreign_keys == ["referrals 3행이 없는 job_seekers을(를) 가리킵니다."]
    assert report.statistics == []  # the daily counts followed the rows the index missed
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE daily_counts SET n = n + 7 WHERE measure = 'referrals' AND desk_id = 3"
            " AND day = (SELECT min(day) FROM daily_counts WHERE measure = 'referrals'"
            " AND desk_id = 3)"
        )
    reopened = Workspace.open(str(path))
    try:
        report = reopened.check.run()
    finally:
        reopened.close()
    assert report.statistics == [
        "2018년 동주민센터 일자리상담창구 referrals: 집계 8 ≠ 기록 전수 조회 1"
    ]
    code, _, err = _cli("check", "--db", str(path))
    assert code == 1 and "통계: 2018년 동주민센터" in err and "무결성:" in err


def test_backup_and_restore_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = str(tmp_path / "cli.sqlite3")
    assert _cli("init", "--db", db, "--admin", "admin")[0] == 0
    book = write_book(tmp_path / "r.xlsx", valid_sheets())
    assert _cli("import", "--db", db, "--user", "admin", str(book))[0] == 0
    code, out, _ = _cli(
        "backup", "--db", db, "--user", "admin", "--to", str(tmp_path / "b.sqlite3")
    )
    assert code == 0 and (tmp_path / "b.sqlite3").exists()
    _, before, _ = _cli("stats", "--db", db, "--user", "admin", "--from", "2018-01-01",
                        "--to", "2018-12-31", "--format", "csv")  # fmt: skip
    assert _cli("purge", "--db", db, "--user", "admin", "--years", "1")[0] == 0
    code, out, _ = _cli("restore", "--db", db, "--user", "admin", str(tmp_path / "b.sqlite3"))
    assert code == 0 and "복원했습니다" in out
    _, after, _ = _cli("stats", "--db", db, "--user", "admin", "--from", "2018-01-01",
                       "--to", "2018-12-31", "--format", "csv")  # fmt: skip
    assert after == before
    code, _, err = _cli("restore", "--db", db, "--user", "admin", str(book))
    assert code == 2 and "백업 파일" in err
