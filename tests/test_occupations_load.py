"""Loading a newer official occupation classification (KECO): `deskapp occupations load`
and `search` on the command line, and 관리 › 직업분류 불러오기 in the window."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY, Initialize, rows
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from deskapp.cli import main
from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterSeeker
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools
from deskapp.ui.admin.occupations import ClassificationLoaded
from deskapp.ui.main_window import MainWindow

BUILT_IN = 631  # entries of resources/reference/keco2018.csv

#: A seeker whose desired job names no occupation of KECO 2018: no code yet.
_META = RegisterSeeker(
    name="박메타", registered_on=date(2018, 3, 2), desired_job="메타버스", consented=True
)

NEW_CLASSIFICATION = """code,name,level,parent_code
9,시험 대분류,1,
91,시험 중분류,2,9
911,시험 소분류,3,91
9111,메타버스 설계사,4,911
9112,탄소배출권 거래 중개인,4,911
"""

# Line 4 has a level that is no number: the whole file is refused.
BAD_CLASSIFICATION = """code,name,level,parent_code
9,시험 대분류,1,
91,시험 중분류,2,9
911,시험 소분류,셋,91
9111,메타버스 설계사,4,911
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _csv(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, initialized: Initialize) -> str:
    """A database made by ``deskapp init``, with a team lead and a counselor added."""
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    path = str(tmp_path / "cli.sqlite3")
    initialized(path, "boss")
    workspace = Workspace.open(path)
    admin = workspace.accounts.authenticate("boss", PASSWORD)
    workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    kim = workspace.accounts.create_user(admin, "kim", PASSWORD, Role.COUNSELOR, "gvalley")
    # A seeker whose desired job names no occupation of KECO 2018: no code yet.
    workspace.records.register_seeker(kim, _META)
    workspace.close()
    return path


def _classification(db: str) -> list[tuple[str, str]]:
    workspace = Workspace.open(db)
    try:
        return [(o.code, o.name) for o in workspace.occupations.occupations()]
    finally:
        workspace.close()


def _seeker_codes(db: str) -> list[tuple[object, ...]]:
    workspace = Workspace.open(db)
    try:
        return rows(workspace, "SELECT desired_job, desired_code FROM job_seekers")
    finally:
        workspace.close()


def test_an_administrator_loads_a_newer_classification_and_searches_it(
    db: str, tmp_path: Path
) -> None:
    assert _seeker_codes(db) == [("메타버스", None)]
    code, out, err = run("occupations", "search", "--db", db, "--user", "kim", "의회의원")
    assert (code, err) == (0, "")
    assert out == "0111\t의회의원·고위공무원 및 공공단체임원\n"
    code, out, _ = run("occupations", "search", "--db", db, "--user", "kim", "메타버스")
    assert (code, out) == (0, "")

    new = _csv(tmp_path, "keco2025.csv", NEW_CLASSIFICATION)
    code, out, err = run("occupations", "load", "--db", db, "--user", "boss", str(new))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "직업분류 5개 항목을 불러왔습니다 (keco2025.csv).",
        "직업 코드가 없던 구직자·구인 기록 1건에 코드를 붙였습니다.",
    ]
    assert len(_classification(db)) == 5
    assert _seeker_codes(db) == [("메타버스", "9111")]

    # Any logged-in role searches the new list; the old names are gone.
    for user in ("kim", "lead", "boss"):
        code, out, err = run("occupations", "search", "--db", db, "--user", user, "메타버스")
        assert (code, out, err) == (0, "9111\t메타버스 설계사\n", "")
    code, out, _ = run("occupations", "search", "--db", db, "--user", "kim", "91")
    assert out == "9111\t메타버스 설계사\n9112\t탄소배출권 거래 중개인\n"
    code, out, _ = run("occupations", "search", "--db", db, "--user", "kim", "의회의원")
    assert (code, out) == (0, "")
    code, out, _ = run("occupations", "search", "--db", db, "--user", "kim", "--limit", "1", "91")
    assert out == "9111\t메타버스 설계사\n"


def test_a_malformed_file_is_refused_naming_its_line_and_nothing_changes(
    db: str, tmp_path: Path
) -> None:
    before = _classification(db)
    assert len(before) == BUILT_IN
    bad = _csv(tmp_path, "bad.csv", BAD_CLASSIFICATION)
    code, out, err = run("occupations", "load", "--db", db, "--user", "boss", str(bad))
    assert (code, out) == (2, "")
    assert err == "deskapp: 직업분류 파일: 4번째 줄: 코드나 수준이 숫자가 아닙니다.\n"
    assert _classification(db) == before
    assert _seeker_codes(db) == [("메타버스", None)]

    code, out, err = run(
        "occupations", "load", "--db", db, "--user", "boss", str(tmp_path / "missing.csv")
    )
    assert (code, out) == (2, "") and "직업분류 파일: 읽을 수 없습니다" in err
    euc_kr = tmp_path / "euc-kr.csv"
    euc_kr.write_bytes(NEW_CLASSIFICATION.encode("euc-kr"))
    code, _, err = run("occupations", "load", "--db", db, "--user", "boss", str(euc_kr))
    assert code == 2 and "UTF-8이 아닙니다. Excel에서 'CSV UTF-8'로 저장하세요." in err
    code, _, err = run("occupations", "search", "--db", db, "--user", "kim", "  ")
    assert code == 2 and "찾을 직업" in err
    code, _, err = run("occupations", "--db", db, "--user", "boss")
    assert code == 2 and "작업" in err
    assert _classification(db) == before


def test_a_counselor_or_team_lead_may_not_load(db: str, tmp_path: Path) -> None:
    before = _classification(db)
    new = _csv(tmp_path, "keco2025.csv", NEW_CLASSIFICATION)
    for user in ("kim", "lead"):
        code, out, err = run("occupations", "load", "--db", db, "--user", user, str(new))
        assert (code, out) == (3, "")
        assert "'계정 관리' 권한이 없습니다" in err
    assert _classification(db) == before
    assert _seeker_codes(db) == [("메타버스", None)]


def test_the_help_names_the_command() -> None:
    code, out, _ = run("--help")
    assert code == 0 and "occupations" in out and "직업분류" in out
    code, out, _ = run("occupations", "load", "--help")
    assert code == 0 and "FILE.csv" in out and "code,name,level,parent_code" in out
    code, out, _ = run("occupations", "search", "--help")
    assert code == 0 and "TEXT" in out


# -- the window --------------------------------------------------------------------------------


@pytest.fixture
def open_window(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> Iterator[Callable[[Actor], tuple[MainWindow, AdminTools]]]:
    """A real main window for an actor with the administrator's tools started."""
    built: list[AdminTools] = []

    def build(actor: Actor) -> tuple[MainWindow, AdminTools]:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(workspace, actor, settings)
        qtbot.addWidget(window)
        window.show()
        tools = window.tool(AdminTools)
        tools.start(check=False)
        built.append(tools)
        return window, tools

    yield build
    for tools in built:
        tools.shutdown()


def _menu_texts(tools: AdminTools) -> list[str]:
    return [a.text() for a in tools.menu.actions() if not a.isSeparator()]


@SQLITE_ONLY
def test_an_administrator_loads_a_classification_from_the_window(
    qtbot: QtBot,
    boxes: list[str],
    open_window: Any,
    workspace: Workspace,
    admin: Actor,
    counselor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workspace.records.register_seeker(counselor, _META)
    window, tools = open_window(admin)
    assert "직업분류 불러오기(&O)…" in _menu_texts(tools)
    action = tools.actions["occupations"]
    assert action.isEnabled()
    new = _csv(tmp_path, "keco2025.csv", NEW_CLASSIFICATION)

    with (
        qtbot.waitSignal(tools.classification.sig_loaded, timeout=10_000) as loaded,
        qtbot.waitSignal(window.context.sig_data_changed, timeout=10_000),
    ):
        assert tools.load_classification(new) is not None
        assert not action.isEnabled()  # no second load while one runs
        assert tools.load_classification(new) is None
    assert loaded.args == [ClassificationLoaded("keco2025.csv", 5, 1)]
    assert boxes == [
        "직업분류 5개 항목을 불러왔습니다.\n파일: keco2025.csv\n"
        "직업 코드가 없던 구직자·구인 기록 1건에 코드를 붙였습니다."
    ]
    assert window.statusBar().currentMessage() == "직업분류 5개 항목을 불러왔습니다 (keco2025.csv)."
    assert action.isEnabled()
    assert [o.name for o in workspace.occupations.search_occupations("메타버스")] == [
        "메타버스 설계사"
    ]
    assert len(workspace.occupations.occupations()) == 5
    assert rows(workspace, "SELECT desired_code FROM job_seekers") == [("9111",)]
    boxes.clear()

    # The menu action itself, its file dialog answered with a malformed file: refused.
    bad = _csv(tmp_path, "bad.csv", BAD_CLASSIFICATION)
    asked: list[str] = []

    def choose(_parent: object, caption: str, _folder: str, name_filter: str) -> tuple[str, str]:
        asked.append(f"{caption}|{name_filter}")
        return str(bad), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(tools.classification.sig_failed, timeout=10_000):
        action.trigger()
    assert asked == ["불러올 직업분류 파일|직업분류 CSV 파일 (*.csv);;모든 파일 (*)"]
    assert boxes == [
        "직업분류 파일: 4번째 줄: 코드나 수준이 숫자가 아닙니다.\n"
        "지금 쓰는 직업분류는 그대로입니다."
    ]
    assert action.isEnabled()
    assert len(workspace.occupations.occupations()) == 5  # the list loaded before stays
    boxes.clear()

    # A cancelled file dialog does nothing.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: ("", ""))
    assert tools.choose_classification() is None
    assert action.isEnabled() and boxes == []


@SQLITE_ONLY
def test_a_counselor_window_has_no_such_action(
    boxes: list[str],
    open_window: Any,
    workspace: Workspace,
    counselor: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def ask(*a: object) -> tuple[str, str]:
        asked.append(a)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    _, tools = open_window(counselor)
    assert "occupations" not in tools.actions
    assert not any("직업분류" in text for text in _menu_texts(tools))
    new = _csv(tmp_path, "keco2025.csv", NEW_CLASSIFICATION)
    assert tools.load_classification(new) is None
    assert tools.choose_classification() is None
    assert asked == [] and boxes == []
    assert len(workspace.occupations.occupations()) == BUILT_IN
