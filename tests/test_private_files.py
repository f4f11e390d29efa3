"""No one in: the files holding personal data are the owner's alone, and the error logs
hold no personal data (issue "Nothing lost, no one in", items 2 and 3).

The modes are POSIX modes: on Windows the user profile's ACL protects the data folder
(README, "Accounts, the access log and personal data").
"""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY, add_seeker
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from workbooks import valid_sheets, write_book

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.services.error_log import log_error
from deskapp.services.workspace import Workspace

#: What the workbook's first seeker (and the one registered before it) would leak.
PERSONAL = ("김민수", "1234-5678", "01012345678", "1980-01-01", "기존사람")


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which files are created 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask_022")
def test_the_database_its_wal_backups_and_logs_are_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    assert _cli("init", "--admin", "admin")[0] == 0  # the default place: the data folder
    folder = tmp_path / "xdg-data" / "deskapp"
    db = folder / "deskapp.sqlite3"
    workspace = Workspace.open()
    try:
        admin = workspace.accounts.authenticate("admin", PASSWORD)
        copy = workspace.backups.backup(admin)
        # While the database is open SQLite keeps its write-ahead log and index beside it.
        modes = {p.name: _mode(p) for p in (folder, db, Path(f"{db}-wal"), Path(f"{db}-shm"))}
        assert modes == {
            "deskapp": 0o700,
            "deskapp.sqlite3": 0o600,
            "deskapp.sqlite3-wal": 0o600,
            "deskapp.sqlite3-shm": 0o600,
        }
        assert (_mode(copy.parent), _mode(copy)) == (0o700, 0o600)
        export = workspace.backups.backup(admin, tmp_path / "elsewhere" / "b.sqlite3")
        assert (_mode(export.parent), _mode(export)) == (0o700, 0o600)
    finally:
        workspace.close()
    assert _mode(log_error(folder / "deskapp-error.log", RuntimeError("x")) or folder) == 0o600
    # A database left readable by an older version is made owner-only when opened.
    os.chmod(folder, 0o755)
    os.chmod(db, 0o644)
    Workspace.open().close()
    assert (_mode(folder), _mode(db)) == (0o700, 0o600)


def test_a_failed_statement_leaves_no_personal_data_in_the_error_log(
    workspace: Workspace,
    counselor: Actor,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An import fails on an unexpected constraint (a unique index someone added):
    the crash log has the statement's shape, not the names and phones it carried; the
    log an older version left (1 MB, readable by all) is rotated and made owner-only."""
    add_seeker(workspace, counselor, "기존사람", "2018-01-02", 연락처="010-1234-5678")
    with workspace.db.engine.begin() as connection:
        connection.execute(text("CREATE UNIQUE INDEX ix_test_phone ON job_seekers (phone)"))
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    book = write_book(tmp_path / "r.xlsx", valid_sheets())
    log = tmp_path / "xdg-data" / "deskapp" / "deskapp-error.log"
    log.parent.mkdir(parents=True)
    log.write_text("오래된 기록\n" * 60_000, encoding="utf-8")  # 1,020,000 bytes
    os.chmod(log, 0o644)
    code, _, err = _cli("import", "--db", db_url, "--user", "admin", str(book))
    assert code == 1 and f"자세한 내용: {log}" in err
    older = Path(f"{log}.1")
    assert older.read_text(encoding="utf-8").startswith("오래된 기록\n")
    assert _mode(older) == 0o600 and log.stat().st_size < 10_000
    written = log.read_text(encoding="utf-8")
    assert "IntegrityError" in written and "INSERT INTO job_seekers" in written
    assert [value for value in PERSONAL if value in written] == []
    assert "DETAIL" not in written  # PostgreSQL's "Key (phone)=(…) already exists"
    assert _mode(log) == 0o600


@SQLITE_ONLY
def test_the_windows_log_keeps_errors_without_their_values(
    workspace: Workspace, counselor: Actor, tmp_path: Path
) -> None:
    from deskapp import app
    from deskapp.ui import errors

    add_seeker(workspace, counselor, "기존사람", "2018-01-02", 연락처="010-1234-5678")
    with workspace.db.engine.begin() as connection:
        connection.execute(text("CREATE UNIQUE INDEX ix_test_phone ON job_seekers (phone)"))
    log = app.setup_logging(tmp_path / "logs")
    assert log is not None
    logger = logging.getLogger("deskapp")
    try:
        # (The values are named, not written, on the lines a traceback shows.)
        name, fields = PERSONAL[0], {"연락처": "010-1234-5678", "생년월일": PERSONAL[3]}
        with pytest.raises(IntegrityError) as failure:
            add_seeker(workspace, counselor, name, "2018-03-02", **fields)
        errors.log_unexpected(failure.value)
        try:
            int(name)  # a message that quotes what was typed
        except ValueError as error:
            errors.log_unexpected(error)
    finally:
        for handler in [h for h in logger.handlers if getattr(h, "baseFilename", "") == str(log)]:
            logger.removeHandler(handler)
            handler.close()
    written = log.read_text(encoding="utf-8")
    assert "INSERT INTO job_seekers" in written and "ValueError" in written
    assert [value for value in PERSONAL if value in written] == []
    assert _mode(log) == 0o600


def test_the_error_log_is_rotated_at_its_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "data" / "deskapp-error.log"
    for number in range(40):
        try:
            raise RuntimeError(f"오류 {number}")
        except RuntimeError as error:
            assert log_error(path, error, max_bytes=2_000, backups=3) == path
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [
        "deskapp-error.log",
        "deskapp-error.log.1",
        "deskapp-error.log.2",
        "deskapp-error.log.3",
    ]
    assert all(_mode(path.parent / name) == 0o600 for name in files)
    # Rolled over before the entry that would pass 2,000 (counted in characters: a Hangul
    # message takes a little more in bytes).
    assert all((path.parent / name).stat().st_size <= 2_100 for name in files)
