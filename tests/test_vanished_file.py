"""The database file moved, deleted or replaced while deskapp has it open: the next unit of
work stops with a clear message instead of writing to a file nobody will read again."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY, rows
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterSeeker
from deskapp.domain.desks import parse_desk
from deskapp.domain.errors import DatabaseError
from deskapp.services.workspace import Workspace


def _register(workspace: Workspace, admin: Actor, name: str) -> None:
    workspace.records.register_seeker(
        admin,
        RegisterSeeker(
            name=name, registered_on=date(2018, 10, 1), consented=True, desk=parse_desk("plus")
        ),
    )


@SQLITE_ONLY
def test_a_file_moved_away_stops_the_next_save(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    _register(workspace, admin, "홍길동")
    path = workspace.db.path
    assert path is not None
    moved = tmp_path / "moved.sqlite3"
    path.rename(moved)
    with pytest.raises(DatabaseError, match="없어졌거나 다른 파일로 바뀌었습니다"):
        _register(workspace, admin, "김저장")
    with pytest.raises(DatabaseError, match="저장하지 않았습니다"):
        workspace.browse.search_seekers(admin, "홍")
    assert not path.exists()  # nothing was written to a new, empty file either


@SQLITE_ONLY
def test_a_file_replaced_by_another_stops_the_next_save(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    path = workspace.db.path
    assert path is not None
    other, _ = Workspace.create(str(tmp_path / "other.sqlite3"), "admin", PASSWORD)
    other.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(tmp_path / "other.sqlite3", copy)
    copy.replace(path)  # another database put in its place
    with pytest.raises(DatabaseError, match="다른 파일로 바뀌었습니다"):
        _register(workspace, admin, "김저장")
    reopened = Workspace.open(str(path))
    try:
        assert rows(reopened, "SELECT count(*) FROM job_seekers") == [(0,)]
    finally:
        reopened.close()


def test_a_database_gone_is_offered_back_from_its_newest_copy_at_start(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    from PySide6.QtCore import Qt

    from deskapp.ui.first_run import FirstRunDialog

    path = tmp_path / "desk.sqlite3"
    workspace, admin = Workspace.create(str(path), "admin", PASSWORD)
    try:
        _register(workspace, admin, "홍길동")
        workspace.backups.take("manual")
    finally:
        workspace.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # deleted by mistake
    dialog = FirstRunDialog(str(path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_radio.isVisible() and dialog.restore_radio.isChecked()
    assert "backups 폴더에 이 데이터베이스의 사본이 있습니다" in " ".join(
        label.text() for label in dialog.findChildren(QLabel)
    )
    assert not dialog.form_box.isVisible()  # no new administrator to make
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    try:
        assert rows(dialog.workspace, "SELECT name FROM job_seekers") == [("홍길동",)]
        assert path.stat().st_mode & 0o077 == 0
    finally:
        dialog.workspace.close()
