"""Messages in the window take the particle the word before them needs: 은 after a final
consonant (받침), 는 after a vowel; never "은" and "는" both in brackets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSWORD, SQLITE_ONLY
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_support import active, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools
from deskapp.ui.admin.accounts import AccountFormDialog
from deskapp.ui.forms import FormDialog, SeekerForm

pytestmark = pytest.mark.usefixtures("boxes")


@SQLITE_ONLY
def test_a_taken_display_name_is_refused_with_the_particle_its_last_syllable_needs(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    workspace.accounts.create_user(
        admin, "kim", PASSWORD, Role.COUNSELOR, desk="plus", display_name="김상담"
    )
    window = open_window(qtbot, workspace, admin, tmp_path)
    tools = window.tool(AdminTools)
    tools.start(check=False)
    try:
        dialog = tools.open_accounts()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.users_model.rowCount() == 2)
        active(qtbot, dialog)
        qtbot.keyClick(dialog.users_view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.form is not None)
        form = dialog.form
        assert isinstance(form, AccountFormDialog)
        type_over(qtbot, form.username_edit, "park")
        form.desk_combo.setFocus()
        qtbot.keyClick(form.desk_combo, Qt.Key.Key_Down)
        type_over(qtbot, form.password_edit, PASSWORD)
        type_over(qtbot, form.confirm_edit, PASSWORD)

        def refused(display_name: str) -> str:
            type_over(qtbot, form.display_edit, display_name)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            # under the field itself, not in the form's general line
            qtbot.waitUntil(lambda: display_name in form.errors.messages().get("표시 이름", ""))
            return form.errors.messages()["표시 이름"]

        tail = " 다른 계정이 쓰는 이름입니다. 구별되게 적어 주세요."
        assert refused("김상담") == "'김상담'은" + tail  # 담: a final consonant
        assert refused("관리자") == "'관리자'는" + tail  # 자: a vowel
    finally:
        tools.shutdown()


@SQLITE_ONLY
def test_a_typed_number_is_read_aloud_for_its_particle(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    form = dialog.panel
    assert isinstance(form, SeekerForm)
    type_over(qtbot, form.phone_edit, "010-12")  # …이
    assert form.fields["연락처"].error() == "'010-12'는 올바른 전화번호가 아닙니다."
    type_over(qtbot, form.phone_edit, "010-123")  # …삼
    assert form.fields["연락처"].error() == "'010-123'은 올바른 전화번호가 아닙니다."
