"""Import fuzzing: a thousand malformed or random files, each refused with a message."""

from __future__ import annotations

import collections
import io
from pathlib import Path

from conftest import PASSWORD, SQLITE_ONLY, rows
from fuzz_files import make_files

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.errors import DuplicateImport, WorkbookRejected
from deskapp.services.workspace import Workspace

FILES = 1100
TABLES = (
    "job_seekers",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "imports",
)


def _counts(workspace: Workspace) -> list[object]:
    return [rows(workspace, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES]


@SQLITE_ONLY
def test_a_thousand_bad_files_are_each_refused_and_nothing_is_written(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    files = make_files(tmp_path, FILES, seed=2026)
    before = _counts(workspace)
    refused: collections.Counter[str] = collections.Counter()
    for maker, path in files:
        try:
            workspace.imports.import_workbook(admin, path)
        except (WorkbookRejected, DuplicateImport) as error:
            assert str(error)
            if isinstance(error, WorkbookRejected):
                assert error.problems and all(p.message for p in error.problems)
            refused[maker] += 1
        else:
            raise AssertionError(f"{path.name} ({maker}) was imported")
    assert sum(refused.values()) == FILES
    assert len(refused) == 11  # every kind of bad file was made and refused
    assert _counts(workspace)[:-1] == before[:-1]  # no record written
    assert _counts(workspace)[-1] == 0


@SQLITE_ONLY
def test_bad_files_on_the_command_line_exit_2_without_a_traceback(
    workspace: Workspace, tmp_path: Path, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = workspace.db.path
    workspace.close()
    for _, bad in make_files(tmp_path, 44, seed=7):
        out, err = io.StringIO(), io.StringIO()
        code = main(["import", "--db", str(path), "--user", "admin", str(bad)], out, err)
        assert code == 2, err.getvalue()
        assert "Traceback" not in err.getvalue() and err.getvalue().strip()
