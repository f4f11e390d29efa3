"""Help: F1 opens the user guide at the part about what is in front of the user, the guide
is complete for every page, its pictures exist and are made by a script from the real
window, and the application finds the guide where it is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, open_window

from deskapp.domain.access import Actor
from deskapp.services.resources import guide_dir
from deskapp.services.workspace import Workspace
from deskapp.ui.admin import AdminTools
from deskapp.ui.help import (
    CHAPTERS,
    EXTRA_TOPICS,
    FORM_TOPICS,
    PAGE_TOPICS,
    WINDOW_TOPICS,
    HelpWindow,
    slug,
)
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("boxes")
ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"

#: What the user must see at the top of the help after F1 on each page: the heading of
#: the part about that page (written here, not read from the mapping under test).
PAGE_HEADINGS = {
    "today": "오늘 화면",
    "seekers": "구직자 등록",
    "employers": "구인업체와 구인 등록",
    "sessions": "상담 기록",
    "placements": "알선(추천)",
    "stats": "통계",
    "review": "검토와 월 마감",
    "casework": "사후관리",
    "events": "행사",
}


def full_window(qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path) -> MainWindow:
    """The main window with its tools started (as after a log-in)."""
    window = open_window(qtbot, workspace, actor, tmp_path)
    window.tool(AdminTools).start()
    return window


def help_of(widget: QWidget) -> HelpWindow:
    found = widget.window().findChild(HelpWindow)
    assert found is not None, "F1 opened no help"
    return found


def press_f1(qtbot: QtBot, window: QWidget) -> None:
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    target = QApplication.focusWidget() or window
    assert target.window() is window, f"the keyboard is in {target.window()}, not {window}"
    qtbot.keyClick(target, Qt.Key.Key_F1)


def shown_heading(help_window: HelpWindow) -> str:
    """The first heading at or below the top of the help's view (what the user reads first)."""
    browser = help_window.browser
    top = browser.verticalScrollBar().value()
    layout = browser.document().documentLayout()
    block = browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and layout.blockBoundingRect(block).top() >= top:
            return block.text()
        block = block.next()
    return ""


def item(parent: QTreeWidget | QTreeWidgetItem, i: int) -> QTreeWidgetItem:
    """The contents' top-level item or a chapter's child at ``i``, which the test knows is there."""
    found = parent.topLevelItem(i) if isinstance(parent, QTreeWidget) else parent.child(i)
    assert found is not None
    return found


def headings(path: Path) -> list[str]:
    return [
        m.group(1).strip()
        for m in re.finditer(r"^#{1,6}\s+(.+)$", path.read_text(encoding="utf-8"), re.M)
    ]


@SQLITE_ONLY
def test_f1_on_each_page_opens_its_part_of_the_guide(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = full_window(qtbot, workspace, admin, tmp_path)
    assert set(window.page_keys()) == set(PAGE_HEADINGS)
    for key in window.page_keys():
        window.show_page(key)
        window.activateWindow()
        window.nav.setFocus()
        press_f1(qtbot, window)
        shown = help_of(window)
        qtbot.waitUntil(shown.isVisible, timeout=5000)

        def at_heading(h: HelpWindow = shown, k: str = key) -> bool:
            return shown_heading(h) == PAGE_HEADINGS[k]

        qtbot.waitUntil(at_heading, timeout=5000)
        assert shown.browser.source().isLocalFile()
        qtbot.keyClick(shown.browser, Qt.Key.Key_Escape)  # Esc closes the help
        assert not shown.isVisible()


@SQLITE_ONLY
def test_the_help_menu_has_the_guide_on_f1(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    guide = next(a for a in help_menu.actions() if a.text() == "사용자 안내서(&H)")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert guide.shortcut().toString() == "F1"
    guide.trigger()
    shown = help_of(window)
    assert shown.isVisible() and shown.topic() == "today.md"


@SQLITE_ONLY
def test_every_page_has_a_part_of_the_guide(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    """A page registered without help (or help pointing at nothing) fails here."""
    window = full_window(qtbot, workspace, admin, tmp_path)
    for key in window.page_keys():
        assert key in PAGE_TOPICS, f"page {key!r} has no part in the user guide (PAGE_TOPICS)"
        name, _, anchor = PAGE_TOPICS[key].partition("#")
        path = GUIDE / name
        assert path.is_file(), f"{key}: {path} is missing"
        if anchor:
            assert anchor in {slug(h) for h in headings(path)}, f"{key}: no heading #{anchor}"


@SQLITE_ONLY
def test_every_topic_of_a_dialog_is_in_the_guide() -> None:
    topics = [t for _k, t in FORM_TOPICS] + [t for _k, t in WINDOW_TOPICS] + list(EXTRA_TOPICS)
    for topic in topics:
        name, _, anchor = topic.partition("#")
        assert name in CHAPTERS and (GUIDE / name).is_file(), topic
        if anchor:
            assert anchor in {slug(h) for h in headings(GUIDE / name)}, topic
    assert sorted(CHAPTERS) == sorted(p.name for p in GUIDE.glob("*.md"))


@SQLITE_ONLY
def test_f1_in_the_main_dialogs_opens_their_task(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = full_window(qtbot, workspace, admin, tmp_path)

    window.show_page("seekers")
    form = window.new_record()
    assert form is not None
    press_f1(qtbot, form)
    shown = help_of(form)
    assert shown.topic() == "register.md#구직자-등록"
    qtbot.waitUntil(lambda: shown_heading(shown) == "구직자 등록", timeout=5000)
    shown.close()
    form.close()

    window.open_import()
    importer = window._import_dialog
    assert importer is not None
    importer.activateWindow()
    press_f1(qtbot, importer)
    assert help_of(importer).topic() == "import.md"
    help_of(importer).close()
    importer.close()

    window.show_page("stats")
    qtbot.waitUntil(lambda: window.stats_view.table_model.table is not None, timeout=10_000)
    window.stats_view.export_excel()  # the reason asked before the statistics leave
    reason = window.stats_view.reason_dialog
    assert reason is not None and reason.objectName() == "reason_dialog"
    active(qtbot, reason)
    press_f1(qtbot, reason)
    exported = help_of(reason)
    assert exported.topic() == "export.md"
    assert shown_heading(exported) == "내보내기"
    exported.close()
    reason.close()


@SQLITE_ONLY
def test_help_window_contents_back_and_search(qtbot: QtBot) -> None:
    shown = HelpWindow()
    qtbot.addWidget(shown)
    shown.show()
    active(qtbot, shown)
    shown.show_topic("index.md")
    assert shown.contents.topLevelItemCount() >= 10
    chapters = [item(shown.contents, i).text(0) for i in range(shown.contents.topLevelItemCount())]
    assert "검토와 월 마감" in chapters
    closing = item(shown.contents, chapters.index("검토와 월 마감"))
    section = next(
        item(closing, i)
        for i in range(closing.childCount())
        if item(closing, i).text(0) == "월 마감하기"
    )
    shown.contents.setCurrentItem(section)
    shown.contents.setFocus()
    qtbot.keyClick(shown.contents, Qt.Key.Key_Return)
    assert shown.topic() == "month-close.md#월-마감하기"
    assert shown_heading(shown) == "월 마감하기"
    qtbot.keyClick(shown.contents, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown.topic() == "index.md"
    shown.search.setText("확인방법")  # only the chapters that hold it stay
    visible = [
        item(shown.contents, i).text(0)
        for i in range(shown.contents.topLevelItemCount())
        if not item(shown.contents, i).isHidden()
    ]
    assert visible == ["취업 기록"]


@SQLITE_ONLY
def test_every_picture_and_link_of_the_guide_exists() -> None:
    pages = sorted(GUIDE.glob("*.md"))
    assert pages
    pictures = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "DESIGN" not in text and "shared" not in text, f"{page.name} cites the spec"
        for target in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
            pictures += 1
            assert (GUIDE / target).is_file(), f"{page.name}: picture {target} is missing"
        for target in re.findall(r"(?<!!)\[[^\]]*\]\(([^)]+\.md(?:#[^)]*)?)\)", text):
            name, _, anchor = target.partition("#")
            assert (GUIDE / name).is_file(), f"{page.name}: link to {name}"
            if anchor:
                assert anchor in {slug(h) for h in headings(GUIDE / name)}, (
                    f"{page.name}: link to {target}, no such heading"
                )
    assert pictures >= 10
    size = sum(p.stat().st_size for p in (GUIDE / "images").glob("*.png"))
    assert size < 3_000_000


@SQLITE_ONLY
def test_the_screenshots_script_makes_pictures_of_the_real_window(tmp_path: Path) -> None:
    out = tmp_path / "images"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "screenshots.py"),
            "--seekers",
            "40",
            "--out",
            str(out),
            "--only",
            "pages",
            "seeker-form",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {p.name for p in out.glob("*.png")}
    assert {f"page-{key}.png" for key in PAGE_HEADINGS} | {"form-seeker.png"} <= names
    for name in names:
        image = QImage(str(out / name))
        assert not image.isNull(), name
        if name.startswith("page-"):
            assert (image.width(), image.height()) == (1366, 768), name
    assert (out / "page-seekers.png").stat().st_size < 200_000


@SQLITE_ONLY
def test_the_guide_is_found_outside_the_checkout(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A built application finds the guide in its bundle; without one the window says so."""
    bundle = tmp_path / "bundle"
    shutil.copytree(GUIDE, bundle / "docs" / "guide")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert guide_dir() == bundle / "docs" / "guide"
    shown = HelpWindow()
    qtbot.addWidget(shown)
    shown.show_topic("events.md")
    assert Path(shown.browser.source().toLocalFile()).parent == bundle / "docs" / "guide"
    assert shown.browser.document().toPlainText().startswith("행사")

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty"), raising=False)
    missing = HelpWindow()
    qtbot.addWidget(missing)
    missing.show_topic("events.md")
    assert "사용자 안내서를 찾을 수 없습니다" in missing.browser.toPlainText()
    assert missing.contents.topLevelItemCount() == 0
