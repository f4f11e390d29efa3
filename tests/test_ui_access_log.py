"""The access log as an administrator reads it and as the day writes it: readable targets,
the CSV of the lines shown, one line per record opened, a print logged only when printed."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, rows
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from qt_support import active, open_stats, open_window

from deskapp.domain.access import Actor
from deskapp.domain.audit import AccessAction
from deskapp.domain.commands import RegisterEmployer
from deskapp.domain.dates import Period
from deskapp.services.workspace import Workspace
from deskapp.ui.admin.access_log import AccessLogDialog
from deskapp.ui.context import WorkContext
from deskapp.ui.employer_view import EmployerRecord
from deskapp.ui.main_window import MainWindow
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.stats_view import StatsView

pytestmark = pytest.mark.usefixtures("boxes")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _log(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    settings: QSettings,
    window: MainWindow | None = None,
) -> AccessLogDialog:
    dialog = AccessLogDialog(WorkContext(workspace, admin, settings), parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):  # the first show reads the log
        dialog.show()
    qtbot.waitUntil(dialog.query_button.isEnabled)
    active(qtbot, dialog)
    return dialog


def _cells(dialog: AccessLogDialog) -> list[list[str]]:
    model = dialog.log_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@SQLITE_ONLY
def test_the_viewer_names_what_each_line_is_about_never_none(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, settings: QSettings
) -> None:
    seeker = add_seeker(workspace, admin, "김민수", "2018-10-02", 등록창구="plus")
    workspace.browse.seeker_record(team_lead, seeker.id)
    workspace.statistics.export_table(team_lead, Period.year(2018), "월간 보고")
    dialog = _log(qtbot, workspace, admin, settings)
    targets = {(row[3], row[4]) for row in _cells(dialog)}  # 행위, 대상
    assert ("열람", f"구직자 {seeker.number}") in targets
    assert ("내보내기", "통계") in targets
    assert ("계정 관리", "계정 lead") in targets
    assert ("로그인", "") in targets
    assert not any("None" in target or ":" in target for _, target in targets)


@SQLITE_ONLY
def test_the_csv_holds_the_lines_the_viewer_shows(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace.statistics.export_table(team_lead, Period.year(2018), "월간 보고")
    add_seeker(workspace, admin, "김민수", "2018-10-02", 등록창구="plus")
    target = tmp_path / "접속기록.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window = open_window(qtbot, workspace, admin, tmp_path)
    dialog = _log(qtbot, workspace, admin, settings, window)
    dialog.set_action(AccessAction.EXPORT)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000) as loaded:
        qtbot.mouseClick(dialog.query_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [1]
    dialog.set_action(None)  # changed but not queried: the CSV follows what is shown
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000):
        qtbot.keyClick(dialog.log_view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    header, *lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert header == "시각,계정,호스트,행위,대상,대상번호,내용"
    assert len(lines) == 1
    assert ",lead," in lines[0] and ",내보내기,통계,," in lines[0] and "월간 보고" in lines[0]
    assert window.saved_bar.path == target and not window.saved_bar.isHidden()  # with 열기


@SQLITE_ONLY
def test_opening_a_seeker_writes_one_access_log_line(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    add_seeker(workspace, plus, "홍길동", "2018-09-03")
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.seekers_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
    query = "SELECT detail FROM access_log WHERE action = 'view' AND subject_kind = 'job_seeker'"
    before = rows(workspace, query)
    page.table.setFocus()
    page.table.select_row(0)
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord) and record.detail.name == "홍길동"
    qtbot.waitUntil(record.isActiveWindow, timeout=5000)
    qtbot.wait(200)  # anything the window reads after it shows
    assert rows(workspace, query)[len(before) :] == [("구직자 기록 열람",)]


@SQLITE_ONLY
def test_opening_an_employer_writes_one_access_log_line(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    saved = workspace.records.register_employer(plus, RegisterEmployer("가산빌딩관리"))
    window = open_window(qtbot, workspace, plus, tmp_path)
    query = "SELECT detail FROM access_log WHERE action = 'view' AND subject_kind = 'employer'"
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000) as opened:
        window.context.open_employer(saved.id)
    record = opened.args[0]
    assert isinstance(record, EmployerRecord)
    qtbot.waitUntil(lambda: record.outreach.contact_model is not None, timeout=5000)
    qtbot.wait(200)
    assert len(rows(workspace, query)) == 1  # the record and its contacts: one opening


def _print_with_reason(qtbot: QtBot, view: StatsView, reason: str) -> None:
    active(qtbot, view)
    earlier = view.reason_dialog
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # 인쇄(&P)…
    qtbot.waitUntil(
        lambda: (
            view.reason_dialog is not None
            and view.reason_dialog is not earlier
            and shiboken6.isValid(view.reason_dialog)
            and view.reason_dialog.isVisible()
        )
    )
    dialog = view.reason_dialog
    assert dialog is not None
    dialog.reason_edit.setFocus()
    dialog.reason_edit.insert(reason)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)


def _prints(workspace: Workspace) -> list[tuple[object, ...]]:
    return rows(workspace, "SELECT detail FROM access_log WHERE action = 'print' ORDER BY id")


@SQLITE_ONLY
def test_a_print_is_logged_only_once_the_print_dialog_is_confirmed(
    qtbot: QtBot,
    workspace: Workspace,
    team_lead: Actor,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers = [QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted]
    asked: list[int] = []
    target = tmp_path / "printed.pdf"

    def answer(dialog: QPrintDialog) -> int:
        asked.append(len(_prints(workspace)))  # what was logged while the dialog was open
        dialog.printer().setOutputFileName(str(target))
        return answers.pop(0).value

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    view = open_stats(qtbot, workspace, team_lead, settings)
    _print_with_reason(qtbot, view, "취소할 인쇄")
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.wait(300)  # a read that would log runs in a worker
    assert _prints(workspace) == [] and not target.exists()

    _print_with_reason(qtbot, view, "게시용")
    qtbot.waitUntil(target.exists, timeout=5000)
    assert asked == [0, 0]  # nothing logged while either dialog was open
    [(detail,)] = _prints(workspace)
    assert isinstance(detail, str) and detail.endswith("사유: 게시용")
    assert view.status_label.text() == "인쇄를 보냈습니다."
