"""The suite runs as plain ``pytest`` from the repository root, its helpers imported one way
(a helper imported as both ``conftest`` and ``tests.conftest`` is two modules)."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from deskapp.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def test_the_tests_import_their_helpers_one_way() -> None:
    pattern = re.compile(r"^\s*(from tests[. ]|import tests\b)", re.M)
    found = [
        path.name
        for path in sorted((ROOT / "tests").glob("*.py"))
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_plain_pytest_collects_from_the_root() -> None:
    """``pytest``, not ``python -m pytest``: the root is not on the path unless configured."""
    pytest = Path(sys.executable).with_name("pytest")
    collected = subprocess.run(
        [
            str(pytest),
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_seed_table.py",
            "tests/test_import_limits.py",
            "tests/test_store.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stdout[-2000:] + collected.stderr[-2000:]
    assert re.search(r"\b\d+ tests? collected", collected.stdout)


def test_each_workspace_is_a_copy_with_an_identity_of_its_own(
    request: pytest.FixtureRequest, workspace: Workspace, db_url: str
) -> None:
    """``workspace`` copies a database made once by ``Workspace.create`` (tests/conftest.py);
    each copy is a database of its own, with its own identity, as a created one is."""
    query = "SELECT uid FROM database_info WHERE id = 1"
    with workspace.db.engine.connect() as connection:
        (copied,) = connection.execute(text(query)).one()
        assert connection.execute(text("SELECT count(*) FROM users")).scalar() == 1
    if db_url.startswith("postgresql"):
        made = request.getfixturevalue("_postgresql_made")
        server = request.getfixturevalue("pg_server")
        url = server.format(db=made).replace("postgresql+psycopg", "postgresql")
        with psycopg.connect(url) as original:
            row = original.execute(query).fetchone()
    else:
        original_file = sqlite3.connect(request.getfixturevalue("_sqlite_made"))
        try:
            row = original_file.execute(query).fetchone()
        finally:
            original_file.close()
    assert row is not None and len(copied) == 32
    assert copied != row[0]
