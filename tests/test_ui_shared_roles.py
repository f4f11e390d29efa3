"""An administrator who logs in on a desk PC in shared mode (its database role is the desks'):
the window says at once that this PC cannot manage accounts or purge, and 계정 관리 and
개인정보 파기 show why instead of offering what the server would refuse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qt_support
from conftest import PASSWORD, TODAY
from pg_roles import Shared
from pytestqt.qtbot import QtBot

from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools

pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture
def workspace(shared: Shared) -> Iterator[Workspace]:
    """The desk PC's workspace: the database as the desks' role."""
    office = Workspace.open(shared.url(shared.admin), today=TODAY)
    boss = office.accounts.authenticate("admin", PASSWORD)
    office.accounts.create_user(boss, "kim", PASSWORD, Role.COUNSELOR, "plus")
    office.close()
    opened = Workspace.open(shared.url(shared.app), today=TODAY)
    yield opened
    opened.close()


def test_an_administrator_on_a_desk_pc_is_told_what_this_pc_cannot_do(
    qtbot: QtBot, workspace: Workspace, shared: Shared, tmp_path: Path
) -> None:
    boss = workspace.accounts.authenticate("admin", PASSWORD)
    notice = workspace.account_management_notice()
    assert notice is not None and f"'{shared.app}'" in notice
    window = qt_support.open_window(qtbot, workspace, boss, tmp_path)
    tools = window.tool(AdminTools)
    tools.start(check=False)
    try:
        label = tools.refusal_label
        assert label is not None and label.isVisible() and label.toolTip() == notice
        assert label.text() == "이 PC에서는 계정 관리·개인정보 파기를 할 수 없습니다"

        accounts = tools.open_accounts()
        assert accounts is not None
        qtbot.waitUntil(lambda: accounts.users_model.rowCount() == 2)
        assert accounts.refusal_label.isVisible() and accounts.refusal_label.text() == notice
        accounts.users_view.selectRow(0)
        assert not accounts.add_button.isEnabled()
        assert not accounts.role_button.isEnabled() and not accounts.password_button.isEnabled()
        assert not accounts.active_button.isEnabled() and accounts.reload_button.isEnabled()
        accounts.close()

        purge = tools.open_purge()
        assert purge is not None
        assert purge.status_label.text() == notice and purge.status_label.is_error()
        assert not purge.confirm_box.isEnabled() and not purge.purge_button.isEnabled()
        purge.close()
    finally:
        tools.shutdown()


def test_a_counselor_on_a_desk_pc_is_told_nothing_of_it(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    kim = workspace.accounts.authenticate("kim", PASSWORD)
    window = qt_support.open_window(qtbot, workspace, kim, tmp_path)
    tools = window.tool(AdminTools)
    tools.start(check=False)
    try:
        assert tools.refusal_label is None
    finally:
        tools.shutdown()
