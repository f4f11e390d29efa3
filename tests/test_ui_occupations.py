"""The occupation picker: the classification as a searchable tree (F4 in the
seeker and opening forms), the code a typed job is stored under, and the employment type."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, rows
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over
from workbooks import NEWER_KECO

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer
from deskapp.services.workspace import Workspace
from deskapp.ui.forms import FormDialog, OpeningForm, SeekerForm, open_form
from deskapp.ui.occupation_picker import CODE_ROLE, OccupationDialog

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _picker(qtbot: QtBot, workspace: Workspace, text: str) -> OccupationDialog:
    dialog = OccupationDialog(workspace.occupations, text)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    active(qtbot, dialog)
    return dialog


def _shown(dialog: OccupationDialog) -> list[str]:
    return [str(i.data(CODE_ROLE)) for i in dialog._leaves()]


def _find(dialog: OccupationDialog, code: str) -> QModelIndex:
    matches = dialog.proxy.match(
        dialog.proxy.index(0, 0),
        CODE_ROLE,
        code,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert matches, code
    return matches[0]


def _detailed(workspace: Workspace, word: str) -> list[str]:
    """The 세분류 codes whose name holds ``word``, read from the classification itself."""
    return sorted(
        o.code for o in workspace.occupations.occupations() if o.level == 4 and word in o.name
    )


@SQLITE_ONLY
def test_the_tree_narrows_by_words_and_codes_and_enter_chooses_a_detailed_occupation(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = _picker(qtbot, workspace, "아파트 경비")
    # ‘아파트’ names nothing in the classification: the search starts with ‘경비’.
    assert dialog.filter_edit.text() == "경비"
    assert _shown(dialog) == _detailed(workspace, "경비") and "5413" in _shown(dialog)
    assert dialog.count_label.text() == f"세분류 {len(_detailed(workspace, '경비'))}개"
    # The minor groups have no names in the list: shown by their code.
    assert _find(dialog, "541").data() == "541"
    assert _find(dialog, "54").data() == "54 경호·경비직"

    # Enter on a group opens or closes it; it chooses nothing.
    group = _find(dialog, "54")
    dialog.tree.setFocus()
    dialog.tree.setCurrentIndex(group)
    expanded = dialog.tree.isExpanded(group)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert dialog.tree.isExpanded(group) is not expanded
    assert dialog.isVisible() and dialog.chosen() is None

    # Each word narrows; a number narrows by the code's beginning.
    type_over(qtbot, dialog.filter_edit, "경비 특수")
    assert _shown(dialog) == ["5413"]
    # Words that only groups have (‘연구직’): the 세분류 under those groups.
    dialog.filter_edit.selectAll()
    commit(dialog.filter_edit, "연구직")
    groups = [o.code for o in workspace.occupations.occupations() if "연구직" in o.name]
    shown = _shown(dialog)
    assert groups and shown and all(any(c.startswith(g) for g in groups) for c in shown)
    assert dialog.tree.currentIndex().data(CODE_ROLE) == shown[0]  # a 세분류, never a group
    # Both words in one 세분류 name; the 대분류 holding both shows no dead row.
    dialog.filter_edit.selectAll()
    commit(dialog.filter_edit, "경비, 청소")
    assert _shown(dialog) == _detailed(workspace, "경비·청소")
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "542")
    assert _shown(dialog) == [c for c in _detailed(workspace, "") if c.startswith("542")]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, "5413")
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Return)  # to the list, on the one left
    assert dialog.tree.hasFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    chosen = dialog.chosen()
    assert chosen is not None and (chosen.code, chosen.name) == ("5413", "시설·특수 경비원")


@SQLITE_ONLY
def test_a_seeker_is_registered_under_the_code_picked_with_f4_and_the_wanted_type(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    dialogs = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    assert len(dialogs) == 1
    active(qtbot, dialogs[0])
    form = dialogs[0].panel
    assert isinstance(form, SeekerForm)
    commit(form.name_edit, "정경비")
    form.job_edit.setFocus()
    commit(form.job_edit, "아파트 경비")
    # What the typed words would be stored under, before anything is picked.
    qtbot.waitUntil(lambda: "낱말로 찾음" in form.occupation.label.text(), timeout=5000)
    assert form.occupation.label.text() == "5420 경비원(건물 관리원) (낱말로 찾음)"
    assert form.occupation.value() == ""

    qtbot.keyClick(form.job_edit, Qt.Key.Key_F4)
    picker = form.occupation.dialog
    assert picker is not None
    qtbot.waitUntil(lambda: picker.filter_edit.text() == "경비", timeout=5000)
    # The matched code is where the list starts.
    assert picker.tree.currentIndex().data(CODE_ROLE) == "5420"
    qtbot.keyClicks(picker.filter_edit, "5413")  # replaces the selected search
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.occupation.value() == "5413")
    assert form.occupation.label.text() == "5413 시설·특수 경비원 (고름)"
    assert form.is_dirty()
    qtbot.waitUntil(form.job_edit.hasFocus)

    qtbot.keyClick(form.job_edit, Qt.Key.Key_Tab)  # the 직업분류 row is not in the Tab order
    assert form.employment_combo.hasFocus()
    qtbot.keyClick(form.employment_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.employment_combo, Qt.Key.Key_Down)
    assert form.employment_combo.currentText() == "계약직"
    qtbot.keyClick(form.employment_combo, Qt.Key.Key_A, ALT)  # the consent
    qtbot.waitUntil(form.consent_check.isChecked)
    with qtbot.waitSignal(form.sig_saved, timeout=10_000):
        qtbot.keyClick(form.consent_check, Qt.Key.Key_S, CTRL)
    assert rows(
        workspace, "SELECT name, desired_job, desired_code, desired_employment FROM job_seekers"
    ) == [("정경비", "아파트 경비", "5413", "계약직")]


@SQLITE_ONLY
def test_an_opening_is_stored_under_the_matched_code_and_a_cleared_pick_is_forgotten(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    employer = workspace.records.register_employer(plus, RegisterEmployer("가산요양원")).number
    window = open_window(qtbot, workspace, plus, tmp_path)
    dialog = open_form(OpeningForm(window.context, employer, "가산요양원"), window)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    form = dialog.panel
    assert isinstance(form, OpeningForm)
    form.occupation_edit.setFocus()
    commit(form.occupation_edit, "요양보호사")
    qtbot.waitUntil(lambda: "낱말로 찾음" in form.occupation.label.text(), timeout=5000)
    assert form.occupation.label.text() == "5501 요양 보호사 및 간병인 (낱말로 찾음)"
    # A pick, then cleared with ×: the typed words decide again.
    form.occupation.pick(next(o for o in workspace.occupations.occupations() if o.code == "5501"))
    assert form.occupation.value() == "5501" and form.occupation.clear_button.isVisible()
    qtbot.mouseClick(form.occupation.clear_button, Qt.MouseButton.LeftButton)
    assert form.occupation.value() == ""
    assert form.occupation.label.text() == "5501 요양 보호사 및 간병인 (낱말로 찾음)"
    form.employment_combo.setCurrentIndex(form.employment_combo.findData("시간제"))
    with qtbot.waitSignal(form.sig_saved, timeout=10_000):
        form.save()
    assert rows(
        workspace, "SELECT occupation, occupation_code, employment_type FROM job_openings"
    ) == [("요양보호사", "5501", "시간제")]


@SQLITE_ONLY
def test_the_picker_shows_a_newer_list_once_an_administrator_loads_it(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    newer = tmp_path / "keco-new.csv"
    newer.write_text(
        NEWER_KECO,
        encoding="utf-8",
    )
    assert workspace.occupations.load_classification(admin, newer).entries == 5
    dialog = _picker(qtbot, workspace, "")
    assert _shown(dialog) == ["5411", "5412"]
    assert dialog.count_label.text() == "세분류 2개"
