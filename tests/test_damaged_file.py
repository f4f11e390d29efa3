"""A damaged database file is told as such: ``deskapp check`` reports the damage and exits
2 instead of crashing on it, and every unit of work on it says the file is damaged and how
to restore, never a driver's traceback."""

from __future__ import annotations

import io
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD

from deskapp.cli import main
from deskapp.domain.commands import RegisterSeeker
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import DatabaseError
from deskapp.services.workspace import Workspace


def _filled(path: Path) -> None:
    workspace, admin = Workspace.create(str(path), "admin", PASSWORD)
    try:
        for n in range(400):
            workspace.records.register_seeker(
                admin,
                RegisterSeeker(
                    name=f"홍길동{chr(0xAC00 + n)}",
                    registered_on=date(2018, 10, 1),
                    consented=True,
                    desk=parse_desk("plus"),
                    address="서울특별시 금천구 가산디지털1로 " * 3,
                ),
            )
    finally:
        workspace.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _damage(path: Path, pages: int, seed: int) -> None:
    """Overwrite ``pages`` of the file's pages (not the first) with noise."""
    data = bytearray(path.read_bytes())
    size = 4096
    rng = random.Random(seed)
    count = len(data) // size
    for page in rng.sample(range(2, count), pages):
        data[page * size : (page + 1) * size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


def _check(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", "--db", str(path)], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_check_reports_damage_with_exit_2(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "desk.sqlite3"
    _filled(path)
    assert _check(path)[0] == 0
    _damage(path, 4, seed)
    code, _out, err = _check(path)
    assert code == 2, err
    # Met while opening the file, or found by the integrity check: said either way.
    assert err.startswith(("무결성: ", "deskapp: 데이터베이스 파일이 손상되었습니다."))
    assert "Traceback" not in err and "예상하지 못한 오류" not in err
    assert "백업에서 복원하세요" in err


def test_a_unit_of_work_on_a_damaged_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    _filled(path)
    _damage(path, 30, 5)
    try:
        workspace = Workspace.open(str(path))
    except DatabaseError as error:
        assert "손상되었습니다" in str(error)
        return
    try:
        admin = workspace.accounts.authenticate("admin", PASSWORD)
        with pytest.raises(DatabaseError, match="데이터베이스 파일이 손상되었습니다"):
            for _ in range(3):  # reading the seekers meets the damaged pages
                workspace.browse.search_seekers(admin, "홍")
                workspace.statistics.table(admin, Period.year(2018))
                workspace.check.run()
                raise AssertionError("the damage was never met")
    finally:
        workspace.close()


def test_check_needs_no_log_in_and_so_never_upgrades_an_older_database(tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "db-0001.sqlite3", old)
    before = old.read_bytes()
    code, _out, err = _check(old)
    assert code == 2, err
    assert "예전 버전(스키마 0001)" in err and "로그인해 올리세요" in err
    assert old.read_bytes() == before  # not upgraded, no backup taken for it
    assert not (tmp_path / "backups").exists()


def test_once_a_check_found_damage_every_log_in_warns_until_a_check_finds_it_sound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_backup_check import _corrupt_an_index

    path = tmp_path / "desk.sqlite3"
    _filled(path)
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    stats = [
        "stats",
        "--db",
        str(path),
        "--user",
        "admin",
        "--from",
        "2018-10-01",
        "--to",
        "2018-10-30",
        "--format",
        "csv",
    ]
    out, err = io.StringIO(), io.StringIO()
    assert main(stats, out, err) == 0 and err.getvalue() == ""
    _corrupt_an_index(path)  # the file reads on, so statistics would quietly go wrong
    assert _check(path)[0] == 2
    out, err = io.StringIO(), io.StringIO()
    assert main(stats, out, err) == 0  # the figures still come, with the warning
    assert err.getvalue().startswith("deskapp: 주의: 마지막 검사에서 데이터베이스 파일이 손상된")
    with sqlite3.connect(path) as connection:  # mended (as a restore would)
        connection.execute("REINDEX")
    code, _, err_text = _check(path)
    assert code == 0, err_text
    out, err = io.StringIO(), io.StringIO()
    assert main(stats, out, err) == 0 and err.getvalue() == ""


def test_a_full_disk_during_an_import_is_told_and_nothing_is_written(tmp_path: Path) -> None:
    from sqlalchemy import event
    from workbooks import valid_sheets, write_book

    from deskapp.domain.errors import DatabaseError

    path = tmp_path / "desk.sqlite3"
    workspace, admin = Workspace.create(str(path), "admin", PASSWORD)
    try:
        pages = int(
            workspace.db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar() or 0
        )

        def disk_full_soon(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            # SQLite's own limit on the file's pages: past it a write fails as on a full disk.
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

        workspace.db.engine.dispose()
        event.listen(workspace.db.engine, "connect", disk_full_soon)
        book = write_book(tmp_path / "big.xlsx", valid_sheets())
        with pytest.raises(DatabaseError, match="디스크가 가득 차서 저장하지 못했습니다"):
            workspace.imports.import_workbook(admin, book)
        event.remove(workspace.db.engine, "connect", disk_full_soon)
        workspace.db.engine.dispose()
        counts = (
            workspace.db.engine.connect()
            .exec_driver_sql(
                "SELECT (SELECT count(*) FROM job_seekers), (SELECT count(*) FROM imports)"
            )
            .one()
        )
        assert tuple(counts) == (0, 0)
    finally:
        workspace.close()
