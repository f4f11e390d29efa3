"""Backups (online copy, rotation, restore) and ``deskapp check``."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY, add_seeker, rows
from sqlalchemy import text
from workbooks import valid_sheets, write_book

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.commands import ChangeRecord, LogSession, RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.records import RecordKind, Role
from deskapp.services.backup import BackupInfo, BackupService, to_keep
from deskapp.services.workspace import Workspace
from deskapp.store import migrate
from deskapp.store.engine import make_engine

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
    assert report.foreign_keys == ["referrals 3행이 없는 job_seekers를 가리킵니다."]
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
    assert report.statistics == [  # the year's table, and the month's figure the day is in
        "2018년 동주민센터 일자리상담창구 referrals: 집계 8 ≠ 기록 전수 조회 1",
        "monthly_counts 2018-04 동주민센터 일자리상담창구 referrals: 집계 8 ≠ 기록 전수 조회 1",
    ]
    code, _, err = _cli("check", "--db", str(path))
    # A damaged file (the stale index) is bad input: exit 2, with every problem listed.
    assert code == 2 and "통계: 2018년 동주민센터" in err and "무결성:" in err


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

    def stats_csv() -> list[str]:
        code, out, _ = _cli(
            "stats", "--db", db, "--user", "admin", "--from", "2018-01-01", "--to", "2018-12-31",
            "--format", "csv",
        )  # fmt: skip
        assert code == 0
        return out.splitlines()

    def seekers() -> list[tuple[str, str]]:
        with sqlite3.connect(db) as connection:
            query = "SELECT seeker_no, name FROM job_seekers ORDER BY seeker_no"
            return [(str(n), str(name)) for n, name in connection.execute(query)]

    before, people = stats_csv(), seekers()
    assert before[1] == "total,2,3,4,2,2" and len(people) == 4  # S4 registered in 2017
    # After the copy: one more person registered and placed, then everyone anonymized by
    # the purge (none active for a year): the figures and the names both differ now.
    later = {
        "구직자": [
            ["구직자번호", "성명", "등록창구", "등록일"],
            ["S9", "정나중", "plus", "2018-05-02"],
        ],
        "취업": [["구직자번호", "취업일", "취업창구"], ["S9", "2018-05-10", "plus"]],
    }
    added = write_book(tmp_path / "later.xlsx", later)
    assert _cli("import", "--db", db, "--user", "admin", str(added))[0] == 0
    assert _cli("purge", "--db", db, "--user", "admin", "--years", "1")[0] == 0
    assert stats_csv()[1] == "total,2,4,4,2,3"
    assert not set(seekers()) & set(people)
    code, out, _ = _cli("restore", "--db", db, "--user", "admin", str(tmp_path / "b.sqlite3"))
    assert code == 0 and "복원했습니다" in out
    # The copy's records are back as they were: the figures and the people, names and all.
    assert stats_csv() == before
    assert seekers() == people
    code, _, err = _cli("restore", "--db", db, "--user", "admin", str(book))
    assert code == 2 and "백업 파일" in err


# -- nothing lost: a restore carries the trail forward (issue "Nothing lost, no one in") ---

LOGS = ("access_log", "account_events", "record_changes")


def _logs(workspace: Workspace) -> dict[str, list[tuple[object, ...]]]:
    return {t: rows(workspace, f"SELECT * FROM {t} ORDER BY chain_seq") for t in LOGS}


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_restore_carries_forward_the_logs_written_after_the_copy(
    workspace: Workspace, admin: Actor, counselor: Actor
) -> None:
    """The issue's steps: back up, export, restore the backup, back up ten times."""
    now = [datetime(2026, 11, 27, 9, 0)]
    backups = BackupService(workspace.db, clock=lambda: now[0])
    copy = backups.backup(admin)
    # After the copy: an export with its reason, an account, a registration corrected.
    workspace.audit.record(admin, AccessAction.EXPORT, detail="통계 내보내기 (사유: 월말 보고)")
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    seeker = add_seeker(workspace, counselor, "김민수", "2018-10-02", 연락처="010-1234-5678")
    workspace.corrections.change(
        counselor,
        ChangeRecord(RecordKind.SEEKER, seeker.number, {"연락처": "010-9999-8888"}, "번호 변경"),
    )
    before = _logs(workspace)
    carried = {t: len(before[t]) - _count(copy, t) for t in LOGS}
    now[0] += timedelta(hours=1)
    saved = backups.restore(admin, copy)
    for _ in range(10):
        now[0] += timedelta(minutes=1)
        backups.backup(admin)
    after = _logs(workspace)
    # Every line written before the restore is still there, same id, same link ...
    assert {t: after[t][: len(before[t])] for t in LOGS} == before
    # ... and what came after has new ids: the restore's two lines (its start, written
    # before the file was replaced and carried into it, and its end), then the backups'.
    newer = [str(r[-3]) for r in after["access_log"][len(before["access_log"]) :]]
    assert len(newer) == 12 and newer[0].startswith(f"복원 시작: {copy}")
    assert newer[1].startswith(f"복원: {copy}")
    # The start line is one of the lines carried into the restored file.
    assert newer[1].endswith(
        f"이어 붙임: 접속기록 {carried['access_log'] + 1}줄, "
        f"계정 이력 {carried['account_events']}줄, 변경 이력 {carried['record_changes']}줄)"
    )
    assert all(line.startswith("백업: ") for line in newer[2:])
    assert carried["account_events"] == 1 and carried["record_changes"] >= 1
    # The records are the copy's (the seeker is gone); the accounts are today's.
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(0,)]
    # A seeker registered now gets the id the one taken back had: not its history.
    again = add_seeker(workspace, counselor, "이영희", "2018-10-05")
    assert again.id == seeker.id
    history = workspace.corrections.history(counselor, RecordKind.SEEKER, again.number)
    assert [e.action.value for e in history.entries] == ["create"]
    assert workspace.accounts.authenticate("lead", PASSWORD).role is Role.TEAM_LEAD
    # The copy taken before the restore outlives the ten backups' rotation.
    assert saved in [c.path for c in backups.copies()]
    report = workspace.check.run()
    assert report.ok, report.lines()


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_copy_kept_for_a_year_before_a_restore(workspace: Workspace) -> None:
    start = datetime(2026, 1, 5, 9, 0)
    copies = [
        BackupInfo(Path("before-restore"), start, "before-restore", 1),
        *(BackupInfo(Path(f"d{i}"), start + timedelta(days=i), "daily", 1) for i in range(1, 400)),
    ]
    # 364 days on it is kept (as no other rule would keep it); on the 366th it is not.
    assert Path("before-restore") in to_keep(copies[:365], start + timedelta(days=364))
    assert Path("before-restore") not in to_keep(copies, start + timedelta(days=366))


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_restore_refuses_another_databases_copy_and_a_log_that_went_its_own_way(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    other, other_admin = Workspace.create(str(tmp_path / "other.sqlite3"), "admin", PASSWORD)
    foreign = other.backups.backup(other_admin, tmp_path / "foreign.sqlite3")
    other.close()
    with pytest.raises(ValidationError, match="다른 데이터베이스의 사본입니다"):
        workspace.backups.restore(admin, foreign)
    # A file copied aside is the same database (same identity), then goes its own way.
    path = workspace.db.path
    assert path is not None
    workspace.backups.take("manual", tmp_path / "clone.sqlite3")
    clone = Workspace.open(str(tmp_path / "clone.sqlite3"))
    clone.audit.record(clone.accounts.authenticate("admin", PASSWORD), AccessAction.LOGOUT)
    forked = clone.backups.take("manual", tmp_path / "forked.sqlite3")
    clone.close()
    workspace.audit.record(admin, AccessAction.LOGOUT)
    before = _logs(workspace)
    with pytest.raises(ValidationError, match=r"접속기록\(순번 \d+까지\)이 지금 데이터베이스의"):
        workspace.backups.restore(admin, forked)
    after = _logs(workspace)
    # Nothing was restored; the attempt and its refusal are in the log, nothing else.
    assert after["access_log"][: len(before["access_log"])] == before["access_log"]
    tried = [str(line[9]) for line in after["access_log"][len(before["access_log"]) :]]
    assert [t.split(":")[0] for t in tried] == ["복원 시작", "복원하지 않음"]
    assert {k: v for k, v in after.items() if k != "access_log"} == {
        k: v for k, v in before.items() if k != "access_log"
    }
    assert workspace.check.run().ok


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_copy_from_before_the_chain_is_restored_keeping_todays_log(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    """A copy made by an older deskapp (schema 0009) is upgraded, and its lines, chained
    by the upgrade, are the beginning of today's: the lines after them are kept."""
    from alembic import command

    copy = workspace.backups.take("manual", tmp_path / "old.sqlite3")
    engine = make_engine(f"sqlite:///{copy}")
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    engine.dispose()
    workspace.audit.record(admin, AccessAction.EXPORT, detail="통계 내보내기 (사유: 점검)")
    before = _logs(workspace)["access_log"]
    workspace.backups.restore(admin, copy)
    assert _logs(workspace)["access_log"][: len(before)] == before
    assert workspace.check.run().ok


# -- backups of one database only, and only complete ones ---------------------------------


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_backups_of_two_databases_in_one_folder_do_not_mix(
    workspace: Workspace, admin: Actor
) -> None:
    path = workspace.db.path
    assert path is not None
    other, _ = Workspace.create(str(path.parent / "empty.sqlite3"), "admin", PASSWORD)
    day = [datetime(2026, 11, 27, 8, 0)]
    try:
        theirs = BackupService(other.db, clock=lambda: day[0]).daily()
        assert theirs is not None
        ours = BackupService(workspace.db, clock=lambda: day[0])
        assert ours.copies() == []  # the empty database's copy is not this one's ...
        mine = ours.daily()  # ... nor does it count as today's backup
        assert mine is not None and [c.path for c in ours.copies()] == [mine]
        assert mine.name.startswith(f"deskapp-{ours.uid()[:12]}-20261127-080000-daily")
        for _ in range(12):
            day[0] += timedelta(minutes=1)
            ours.take("manual")
        # Rotation keeps this database's 10 newest of the day and never touches the other's.
        assert len(ours.copies()) == 10 and theirs.exists()
        assert [c.path for c in BackupService(other.db, clock=lambda: day[0]).copies()] == [theirs]
    finally:
        other.close()


def _disk_limit(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_a_backup_cut_off_by_a_full_disk_is_neither_listed_nor_left(
    workspace: Workspace, admin: Actor
) -> None:
    path = workspace.db.path
    assert path is not None
    with workspace.db.engine.connect() as connection:  # the next writes start the log afresh
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    limit = path.stat().st_size // 2  # room for the log-in's few pages, not for a copy
    result = subprocess.run(
        [sys.executable, "-m", "deskapp", "backup", "--db", str(path), "--user", "admin"],
        env={**os.environ, "DESKAPP_PASSWORD": PASSWORD},
        preexec_fn=lambda: _disk_limit(limit),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr  # a full disk is told, not a crash
    # (SQLite reports the refused write as "disk I/O error"; a full disk as "… is full".)
    assert result.stderr.startswith("deskapp: 백업 사본을 만들지 못했습니다 (")
    folder = path.parent / "backups"
    assert sorted(p.name for p in folder.iterdir()) == []  # nothing that looks like a copy
    assert workspace.backups.copies() == []
    made = workspace.backups.daily()  # so the day's copy is still taken
    assert made is not None and [c.path for c in workspace.backups.copies()] == [made]


@SQLITE_ONLY
def test_a_statistics_workbook_cut_off_by_a_full_disk_leaves_nothing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from openpyxl import Workbook

    path = workspace.db.path
    assert path is not None
    out = tmp_path / "out" / "실적.xlsx"
    out.parent.mkdir()

    def full(_book: object, target: object) -> None:
        Path(str(target)).write_bytes(b"PK")  # a part written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)  # the disk (the OS), not deskapp, is faked
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    code, _, err = _cli(
        "stats",
        "--db",
        str(path),
        "--user",
        "admin",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--xlsx",
        str(out),
        "--reason",
        "보고",
    )
    assert code == 2, err
    assert "쓸 수 없습니다 (No space left on device)" in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []  # no 0-byte file to block the next try


@SQLITE_ONLY  # deskapp's backups are SQLite files; servers use pg_dump
def test_the_remains_of_a_killed_backup_are_ignored_then_removed(workspace: Workspace) -> None:
    path = workspace.db.path
    assert path is not None
    backups = BackupService(workspace.db, clock=lambda: datetime(2026, 11, 27, 8, 0))
    folder = path.parent / "backups"
    folder.mkdir()
    uid = backups.uid()[:12]
    # A copy a killed process was writing under its temporary name, and one an older
    # deskapp wrote under its final name: each with the journal SQLite left beside it.
    dead = folder / f".deskapp-{uid}-20261127-075900-daily.sqlite3.4242.partial"
    legacy = folder / "deskapp-20261127-075800-daily.sqlite3"
    # And a copy another process is writing right now.
    busy = folder / f".deskapp-{uid}-20261127-080000-manual.sqlite3.4343.partial"
    two_hours_ago = time.time() - 2 * 3600
    for copy in (dead, legacy, busy):
        copy.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
        Path(f"{copy}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 500)
        if copy is not busy:
            for name in (copy, Path(f"{copy}-journal")):
                os.utime(name, (two_hours_ago, two_hours_ago))
    assert backups.copies() == []
    made = backups.daily()
    assert made is not None and [c.path for c in backups.copies()] == [made]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made.name, busy.name, f"{busy.name}-journal"]
    )


@SQLITE_ONLY
def test_a_restore_from_a_wal_mode_file_writes_nothing_beside_it(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    path = workspace.db.path
    assert path is not None
    with workspace.db.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    source = tmp_path / "aside" / "copy.sqlite3"
    source.parent.mkdir()
    shutil.copyfile(path, source)  # the live file copied aside: still in WAL mode
    assert source.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL mode
    workspace.backups.restore(admin, source)
    assert sorted(p.name for p in source.parent.iterdir()) == ["copy.sqlite3"]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_backup_of_a_server_database_is_told_to_use_the_servers_tools(
    workspace: Workspace,
    admin: Actor,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    target = tmp_path / "b.sqlite3"
    code, _, err = _cli("backup", "--db", db_url, "--user", "admin", "--to", str(target))
    assert code == 2, err
    assert "pg_dump" in err and "Traceback" not in err
    assert not target.exists()
