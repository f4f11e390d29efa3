"""The search box tells how many seekers match, not how many suggestions it has room for:
with more than it lists it says both (처음 50명 / 모두 몇 명), as the list under it counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_support import commit, open_window

from deskapp.domain.access import Actor
from deskapp.services.browse import SEARCH_LIMIT
from deskapp.services.workspace import Workspace

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier


@SQLITE_ONLY
def test_the_search_box_counts_every_match_beyond_the_suggestions(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    for n in range(80):
        add_seeker(workspace, plus, f"김{chr(0xAC00 + n)}", "2018-09-01")
    for n in range(8):
        add_seeker(workspace, gvalley, f"김{chr(0xB098 + n)}", "2018-09-02")
    add_seeker(workspace, plus, "이영희", "2018-09-03")
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.seekers_page
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    search = page.search
    page.desk_filter.setCurrentIndex(0)  # 전체 창구: the list counts every desk, as the box
    with qtbot.waitSignal(search.sig_searched, timeout=10_000) as searched:
        commit(search.edit, "김")
    assert searched.args == ["김", SEARCH_LIMIT]
    assert len(search.found()) == SEARCH_LIMIT
    assert search.status_label.text().startswith("‘김’: 모든 창구에서 88명 중 처음 50명 ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 88, timeout=10_000)
    assert page.count_label.text() == "구직자 88명 (‘김’)"
    # Fewer than the limit: the number found is the number there are.
    with qtbot.waitSignal(search.sig_searched, timeout=10_000):
        search.edit.clear()
        commit(search.edit, "이영")
    assert search.status_label.text().startswith("‘이영’: 모든 창구에서 1명 (")
