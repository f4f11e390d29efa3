"""The district's own table (as of 2018-10-30) reproduced from records.

The workbook of ``bench/seed_workbook.py`` holds about 51,000 rows: the
records behind the official table plus people registered in 2017, activity
after the period and people placed twice. Imported through the command line
into a new database, ``stats --format csv`` must print the official table.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import PASSWORD
from openpyxl import load_workbook

from bench.seed_workbook import SEED_CSV, build_rows, write_workbook
from deskapp.cli import main


@pytest.fixture(scope="module")
def seed_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_workbook(tmp_path_factory.mktemp("seed") / "seed-2018.xlsx", build_rows())


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_the_seed_workbook_is_reproducible() -> None:
    first, second = build_rows(), build_rows()
    assert first == second
    assert sum(len(rows) for rows in first.values()) > 50_000
    assert build_rows(seed=7) != first


def test_import_reproduces_the_official_table(
    seed_book: Path, tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite and on PostgreSQL (``db_url`` is a new database of each)."""
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    db = db_url
    assert _run("init", "--db", db, "--admin", "admin")[0] == 0
    code, out, err = _run("import", "--db", db, "--user", "admin", str(seed_book))
    assert (code, err) == (0, ""), err
    code, out, err = _run(
        "stats",
        "--db",
        db,
        "--user",
        "admin",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--format",
        "csv",
        "--xlsx",
        str(tmp_path / "table.xlsx"),
    )
    assert code == 0, err
    assert out == SEED_CSV + "\n"
    # The same figures in the official xlsx layout, as printed in the district's report.
    sheet = load_workbook(tmp_path / "table.xlsx").active
    assert sheet is not None
    assert [c.value for c in sheet[5]] == ["총 계", 2793, 5301, 21520, 17233, 1987]
    assert [c.value for c in sheet[6]] == ["일자리플러스센터", 958, 3590, 15685, 12660, 1516]
    assert sheet["C6"].number_format == "#,##0"
    # The rows outside the period were read too: the whole of 2018 counts more.
    code, out, _ = _run(
        "stats",
        "--db",
        db,
        "--user",
        "admin",
        "--from",
        "2017-01-01",
        "--to",
        "2018-12-31",
        "--format",
        "csv",
    )
    total = [int(v) for v in out.splitlines()[1].split(",")[1:]]
    assert total[0] > 2793 and total[1] > 5301 and total[2] > 21520 and total[4] > 1987
    # Importing the same workbook again changes nothing.
    code, _, err = _run("import", "--db", db, "--user", "admin", str(seed_book))
    assert code == 2 and "이미 가져왔습니다" in err
    code, out, _ = _run(
        "stats",
        "--db",
        db,
        "--user",
        "admin",
        "--from",
        "2018-01-01",
        "--to",
        "2018-10-30",
        "--format",
        "csv",
    )
    assert out == SEED_CSV + "\n"
